package io.nereid.runtime.comm;

import io.nereid.runtime.data.BatchType;
import io.nereid.runtime.data.ObjectBatch;
import java.util.Objects;

/** The codec of an {@link ObjectBatch}: a count, then each record with the record codec. */
public final class ObjectBatchCodec<T> implements BatchCodec<ObjectBatch<T>> {
  private final ObjectBatch.Type<T> type;
  private final Codec<T> records;

  public ObjectBatchCodec(ObjectBatch.Type<T> type, Codec<T> records) {
    this.type = Objects.requireNonNull(type, "type");
    this.records = Objects.requireNonNull(records, "records");
  }

  @Override
  public BatchType<ObjectBatch<T>> type() {
    return type;
  }

  /** The codec of one record. */
  public Codec<T> records() {
    return records;
  }

  @Override
  public void write(ObjectBatch<T> batch, WireWriter out) {
    int n = batch.size();
    out.writeInt(n);
    for (int i = 0; i < n; i++) {
      records.write(batch.get(i), out);
    }
  }

  @Override
  public void readInto(WireReader in, ObjectBatch<T> into) {
    int n = in.readCount(records.minSize());
    for (int i = 0; i < n; i++) {
      into.add(records.read(in));
    }
  }
}
