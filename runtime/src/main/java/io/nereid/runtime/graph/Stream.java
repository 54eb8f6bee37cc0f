package io.nereid.runtime.graph;

import io.nereid.runtime.data.Batch;
import io.nereid.runtime.data.BatchType;
import java.util.Objects;

/**
 * A typed stream of batches: one output port of a stage, in one scope (the root or a loop).
 * Streams are consumed by stages of the same scope; {@link Loop#enter} and {@link Loop#leave}
 * move them across loop boundaries.
 */
public final class Stream<B extends Batch> {
  final StageDef producer;
  final int port;
  final Scope scope;
  private final BatchType<B> type;

  Stream(StageDef producer, int port, Scope scope, BatchType<B> type) {
    this.producer = producer;
    this.port = port;
    this.scope = scope;
    this.type = type;
  }

  public BatchType<B> type() {
    return type;
  }

  public Scope scope() {
    return scope;
  }

  /** A stage with this stream as its only input and one output of type {@code outType}. */
  public <O extends Batch> Stream<O> unary(String name, Pact<B> pact, BatchType<O> outType, VertexFactory factory) {
    StageBuilder b = scope.stage(name);
    b.input(this, pact);
    Stream<O> out = b.output(outType);
    b.build(factory);
    return out;
  }

  /** A stage with this stream and {@code other} as inputs 0 and 1, and one output. */
  public <I2 extends Batch, O extends Batch> Stream<O> binary(
      String name, Pact<B> pact, Stream<I2> other, Pact<I2> otherPact, BatchType<O> outType, VertexFactory factory) {
    StageBuilder b = scope.stage(name);
    b.input(this, pact);
    b.input(other, otherPact);
    Stream<O> out = b.output(outType);
    b.build(factory);
    return out;
  }

  /** A stage that consumes this stream and has no output. */
  public void sink(String name, Pact<B> pact, VertexFactory factory) {
    StageBuilder b = scope.stage(name);
    b.input(this, pact);
    b.build(factory);
  }

  /** A probe: tells, while the computation runs, which times may still appear on this stream. */
  public Probe probe() {
    StageDef def = scope.model.newStage("probe of " + producer.name, StageKind.PROBE, scope, scope);
    def.inputs.add(new StageDef.InputDef(type, Pact.pipeline()));
    def.inputs.get(0).source = this;
    def.factory = ctx -> new Vertex() {};
    return new Probe(def);
  }

  @Override
  public String toString() {
    return "stream " + Objects.toString(producer.name) + "." + port + " (" + type.name() + ")";
  }
}
