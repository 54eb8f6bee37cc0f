package io.nereid.runtime.exec;

import io.nereid.runtime.data.Batch;

/**
 * A batch shared by the messages that carry it, with a reference count. All references are
 * taken and released on one worker thread (pipeline fan-out stays on its worker; an exchange
 * partitions synchronously on the sender), so the count needs no synchronization; a batch that
 * crosses threads does so with a count of one, through a queue that publishes it safely.
 */
final class Payload {
  final Batch batch;
  int refs;
  /** Kept by the vertex that received it ({@code VertexContext.keepBatch}): never recycled. */
  boolean kept;

  Payload(Batch batch, int refs) {
    this.batch = batch;
    this.refs = refs;
  }

  /** Drops one reference; the last one returns the batch to {@code pool}, unless it was kept. */
  void release(BatchPool pool) {
    if (--refs == 0 && !kept) {
      pool.give(batch);
    }
  }
}
