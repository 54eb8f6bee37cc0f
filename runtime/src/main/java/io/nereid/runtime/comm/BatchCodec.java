package io.nereid.runtime.comm;

import io.nereid.runtime.data.Batch;
import io.nereid.runtime.data.BatchType;

/**
 * Writes a whole batch to a payload and reads it back into a (recycled) batch of the same
 * type: the codec that an exchange across processes uses. Generated code implements one per
 * batch class, writing primitive columns in bulk; {@link LongBatchCodec} and {@link
 * ObjectBatchCodec} cover the built-in batch types.
 *
 * <p>Layout is the codec's choice; by convention it starts with the record count. Stateless and
 * thread-safe.
 */
public interface BatchCodec<B extends Batch> {
  /** The type of the batches this codec reads and writes. */
  BatchType<B> type();

  /** Writes every record of {@code batch} (which is left unchanged). */
  void write(B batch, WireWriter out);

  /**
   * Appends the records of one payload written by {@link #write} to {@code into} (usually an
   * empty batch from a pool).
   *
   * @throws WireFormatException if the payload does not decode
   */
  void readInto(WireReader in, B into);

  /** Reads one payload into a new batch. */
  default B read(WireReader in) {
    B batch = type().create();
    readInto(in, batch);
    return batch;
  }
}
