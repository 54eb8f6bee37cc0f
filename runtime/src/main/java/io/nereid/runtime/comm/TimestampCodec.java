package io.nereid.runtime.comm;

import io.nereid.runtime.time.Timestamp;

/** The codec of {@link Timestamp}: the epoch (long), the depth (int) and the loop counters (ints). */
public final class TimestampCodec implements Codec<Timestamp> {
  /** The one instance. */
  public static final TimestampCodec INSTANCE = new TimestampCodec();

  private TimestampCodec() {}

  @Override
  public void write(Timestamp t, WireWriter out) {
    out.writeLong(t.epoch());
    int depth = t.depth();
    out.writeInt(depth);
    for (int i = 0; i < depth; i++) {
      out.writeInt(t.counter(i));
    }
  }

  @Override
  public Timestamp read(WireReader in) {
    long epoch = in.readLong();
    int depth = in.readCount(4);
    if (epoch < 0) {
      throw new WireFormatException("negative epoch " + epoch + " in timestamp");
    }
    if (depth == 0) {
      return Timestamp.of(epoch);
    }
    int[] counters = new int[depth];
    for (int i = 0; i < depth; i++) {
      counters[i] = in.readInt();
      if (counters[i] < 0) {
        throw new WireFormatException("negative loop counter " + counters[i] + " in timestamp");
      }
    }
    return Timestamp.of(epoch, counters);
  }

  @Override
  public int minSize() {
    return 12;
  }
}
