package io.nereid.runtime.comm;

import io.nereid.runtime.progress.ProgressUpdate;
import io.nereid.runtime.time.Timestamp;

/**
 * The codec of {@link ProgressUpdate}, the progress message between processes: a count, then
 * per change its location (int), time ({@link TimestampCodec}) and delta (long).
 */
public final class ProgressUpdateCodec implements Codec<ProgressUpdate> {
  /** The one instance. */
  public static final ProgressUpdateCodec INSTANCE = new ProgressUpdateCodec();

  private static final int MIN_CHANGE = 4 + 12 + 8;

  private ProgressUpdateCodec() {}

  @Override
  public void write(ProgressUpdate update, WireWriter out) {
    int n = update.size();
    out.writeInt(n);
    for (int i = 0; i < n; i++) {
      out.writeInt(update.location(i));
      TimestampCodec.INSTANCE.write(update.time(i), out);
      out.writeLong(update.delta(i));
    }
  }

  @Override
  public ProgressUpdate read(WireReader in) {
    int n = in.readCount(MIN_CHANGE);
    int[] locations = new int[n];
    Timestamp[] times = new Timestamp[n];
    long[] deltas = new long[n];
    for (int i = 0; i < n; i++) {
      locations[i] = in.readInt();
      times[i] = TimestampCodec.INSTANCE.read(in);
      deltas[i] = in.readLong();
    }
    return new ProgressUpdate(locations, times, deltas);
  }

  @Override
  public int minSize() {
    return 4;
  }
}
