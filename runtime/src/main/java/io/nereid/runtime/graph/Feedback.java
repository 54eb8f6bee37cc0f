package io.nereid.runtime.graph;

import io.nereid.runtime.data.Batch;

/** The edge that closes a loop: what is connected to it comes back out of {@link #stream()} one iteration later. */
public final class Feedback<B extends Batch> {
  private final StageBuilder.InputPort<B> input;
  private final Stream<B> stream;

  Feedback(StageBuilder.InputPort<B> input, Stream<B> stream) {
    this.input = input;
    this.stream = stream;
  }

  /** The records of the previous iteration (counter + 1). */
  public Stream<B> stream() {
    return stream;
  }

  /** Connects the loop body's result; must be a stream of the loop's scope. */
  public void connect(Stream<B> body) {
    input.connect(body);
  }
}
