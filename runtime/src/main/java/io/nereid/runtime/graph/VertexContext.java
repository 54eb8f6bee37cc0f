package io.nereid.runtime.graph;

import io.nereid.runtime.data.Batch;
import io.nereid.runtime.time.Timestamp;

/** What the runtime offers a vertex: its place in the computation, its outputs, notifications. */
public interface VertexContext {
  /** This worker's index in {@code [0, workers())}, across all processes. */
  int worker();

  /** Number of workers in the computation, across all processes. */
  int workers();

  /** The stage's name, for messages. */
  String stageName();

  /**
   * Output {@code index}, typed as declared when the stage was built. Sending is allowed during
   * {@code onRecv} and {@code onNotify}, at the callback's time or later.
   */
  <B extends Batch> Output<B> output(int index);

  /**
   * Requests {@code onNotify(time)} once no record at a time {@code <= time} can arrive. Allowed
   * during a callback at a time {@code <= time}; asking twice for the same time gives one call.
   */
  void notifyAt(Timestamp time);

  /**
   * Hands the batch being received to the vertex, to keep after {@code onRecv} returns: true when
   * this delivery holds its only reference, so the runtime will neither recycle nor reuse it;
   * false when another reader shares it, and the vertex must copy what it keeps. Lets a vertex that
   * accumulates a whole input (an index built once) hold the batches it was sent instead of
   * copying them. Allowed during {@code onRecv} only. The count of readers it relies on is per
   * send: a vertex must send each batch object it filled at most once (and forward a received one
   * only as it is), or a keeping reader could share it with one that recycles it.
   */
  default boolean keepBatch() {
    return false;
  }
}
