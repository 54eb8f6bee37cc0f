package io.nereid.runtime.comm;

import io.nereid.runtime.data.BatchType;
import io.nereid.runtime.data.LongBatch;

/** The codec of {@link LongBatch}: a count, then the longs in bulk. */
public final class LongBatchCodec implements BatchCodec<LongBatch> {
  /** The one instance. */
  public static final LongBatchCodec INSTANCE = new LongBatchCodec();

  private LongBatchCodec() {}

  @Override
  public BatchType<LongBatch> type() {
    return LongBatch.TYPE;
  }

  @Override
  public void write(LongBatch batch, WireWriter out) {
    int n = batch.size();
    out.writeInt(n);
    out.writeLongs(batch.array(), 0, n);
  }

  @Override
  public void readInto(WireReader in, LongBatch into) {
    int n = in.readCount(8);
    for (int i = 0; i < n; i++) {
      into.add(in.readLong());
    }
  }
}
