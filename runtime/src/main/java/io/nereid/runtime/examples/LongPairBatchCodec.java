package io.nereid.runtime.examples;

import io.nereid.runtime.comm.BatchCodec;
import io.nereid.runtime.comm.WireReader;
import io.nereid.runtime.comm.WireWriter;
import io.nereid.runtime.data.BatchType;

/** The wire form of a {@link LongPairBatch}: the count, then both columns. */
public final class LongPairBatchCodec implements BatchCodec<LongPairBatch> {
  public static final LongPairBatchCodec INSTANCE = new LongPairBatchCodec();

  private LongPairBatchCodec() {}

  @Override
  public BatchType<LongPairBatch> type() {
    return LongPairBatch.TYPE;
  }

  @Override
  public void write(LongPairBatch batch, WireWriter out) {
    int n = batch.size();
    out.writeInt(n);
    out.writeLongs(batch.firstArray(), 0, n);
    out.writeLongs(batch.secondArray(), 0, n);
  }

  @Override
  public void readInto(WireReader in, LongPairBatch into) {
    int n = in.readCount(16);
    long[] first = new long[n];
    for (int i = 0; i < n; i++) {
      first[i] = in.readLong();
    }
    for (int i = 0; i < n; i++) {
      into.add(first[i], in.readLong());
    }
  }
}
