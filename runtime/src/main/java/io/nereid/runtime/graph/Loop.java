package io.nereid.runtime.graph;

import io.nereid.runtime.data.Batch;
import io.nereid.runtime.data.BatchType;
import io.nereid.runtime.time.PathSummary;

/**
 * A loop scope: streams enter it through an ingress (the time gets a counter 0), leave it
 * through an egress (the counter is dropped), and go around it through a {@link Feedback}
 * (the counter is incremented). Every cycle of a graph must pass a feedback.
 */
public final class Loop extends Scope {
  Loop(GraphModel model, Scope parent, String name) {
    super(model, parent, name);
  }

  /** Brings a stream of the parent scope into the loop. */
  public <B extends Batch> Stream<B> enter(Stream<B> outer) {
    if (outer.scope != parent()) {
      throw new GraphException("loop '" + name() + "' can only enter streams of its parent scope, not " + outer);
    }
    StageDef def = model.newStage("enter " + name(), StageKind.INGRESS, parent(), this);
    def.summary = PathSummary.INGRESS;
    return forward(def, outer);
  }

  /** Brings a stream of the loop out to the parent scope. */
  public <B extends Batch> Stream<B> leave(Stream<B> inner) {
    if (inner.scope != this) {
      throw new GraphException("loop '" + name() + "' can only leave streams of its own scope, not " + inner);
    }
    StageDef def = model.newStage("leave " + name(), StageKind.EGRESS, this, parent());
    def.summary = PathSummary.EGRESS;
    return forward(def, inner);
  }

  private <B extends Batch> Stream<B> forward(StageDef def, Stream<B> source) {
    StageBuilder b = new StageBuilder(def);
    b.input(source, Pact.pipeline());
    Stream<B> out = b.output(source.type());
    b.build(BuiltinVertices.forward(def.kind, def.maxIterations));
    return out;
  }

  /** A feedback edge without an iteration bound. */
  public <B extends Batch> Feedback<B> feedback(BatchType<B> type) {
    return feedback(type, Integer.MAX_VALUE);
  }

  /**
   * A feedback edge: {@link Feedback#stream()} can be used at once, {@link Feedback#connect}
   * closes the cycle. Records reaching counter {@code maxIterations} are dropped, so at most
   * {@code maxIterations} rounds happen.
   */
  public <B extends Batch> Feedback<B> feedback(BatchType<B> type, int maxIterations) {
    if (maxIterations < 1) {
      throw new IllegalArgumentException("maxIterations must be >= 1, was " + maxIterations);
    }
    StageDef def = model.newStage("feedback " + name(), StageKind.FEEDBACK, this, this);
    def.summary = PathSummary.FEEDBACK;
    def.maxIterations = maxIterations;
    StageBuilder b = new StageBuilder(def);
    StageBuilder.InputPort<B> in = b.input(type, Pact.pipeline());
    Stream<B> out = b.output(type);
    b.build(BuiltinVertices.forward(StageKind.FEEDBACK, maxIterations));
    return new Feedback<>(in, out);
  }
}
