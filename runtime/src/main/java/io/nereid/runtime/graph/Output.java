package io.nereid.runtime.graph;

import io.nereid.runtime.data.Batch;
import io.nereid.runtime.time.Timestamp;

/** An output port of a vertex: where it sends batches of records. */
public interface Output<B extends Batch> {
  /** An empty batch to fill, recycled from earlier sends when possible. */
  B newBatch();

  /**
   * Sends the records of {@code batch} at {@code time}, which must be at least the time of the
   * current callback. The batch belongs to the runtime afterwards: do not touch it again. A batch
   * received in {@code onRecv} may be forwarded this way without copying.
   */
  void send(Timestamp time, B batch);
}
