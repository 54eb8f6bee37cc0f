package io.nereid.runtime.data;

/**
 * A batch of records of one type: the unit the runtime moves between vertices.
 *
 * <p>The runtime never looks inside a batch; it only asks its size, clears it for reuse and
 * hands it to a {@link Partitioner}. Layouts are free: an array of objects, columns of
 * primitives, serialized bytes. Generated code defines one batch class per record type.
 *
 * <p>Ownership: a batch given to {@code Output.send} belongs to the runtime from then on; a batch
 * received in {@code onRecv} may be read during the call (and forwarded with {@code send}), but
 * not kept: the runtime recycles it afterwards.
 */
public interface Batch {
  /** Number of records. */
  int size();

  /** Removes all records, keeping the allocated capacity for reuse. */
  void clear();

  /** The type of this batch, used to recycle it into the right pool. */
  BatchType<?> type();
}
