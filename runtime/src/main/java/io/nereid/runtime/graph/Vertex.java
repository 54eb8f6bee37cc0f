package io.nereid.runtime.graph;

import io.nereid.runtime.data.Batch;
import io.nereid.runtime.time.Timestamp;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The code of one stage on one worker. The runtime calls a vertex from one thread at a time
 * (its worker's), so a vertex needs no synchronization.
 *
 * <p>{@link #onRecv} gets a whole batch at one time; the vertex may send at that time or later
 * (through {@link VertexContext#output}) and request {@link VertexContext#notifyAt
 * notifications}. {@link #onNotify} is called at {@code t} only when no record at a time
 * {@code <= t} can still arrive at any input of the stage, in timestamp order.
 */
public interface Vertex {
  /** Records at {@code time} arrived on input {@code input}. The batch is only valid during the call. */
  default void onRecv(int input, Timestamp time, Batch batch) {}

  /** No more records at times {@code <= time} will arrive; called once per requested time. */
  default void onNotify(Timestamp time) {}

  /** Writes the vertex's state (Naiad's Checkpoint): what {@link #restore} needs to continue. */
  default void checkpoint(DataOutput out) throws IOException {}

  /** Reads state written by {@link #checkpoint} into a fresh vertex (Naiad's Restore). */
  default void restore(DataInput in) throws IOException {}
}
