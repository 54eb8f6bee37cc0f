package io.nereid.runtime.graph;

import io.nereid.runtime.data.Batch;
import io.nereid.runtime.data.BatchType;
import java.util.Objects;

/**
 * Builds a dataflow graph: the root scope, where inputs are declared, and {@link #build()},
 * which validates the graph and freezes it. A built {@link Graph} can be run any number of
 * times, on any number of workers.
 *
 * <pre>{@code
 * Dataflow df = new Dataflow();
 * Input<LongBatch> numbers = df.input("numbers", LongBatch.TYPE);
 * Probe probe = numbers.stream().unary("double", Pact.pipeline(), LongBatch.TYPE, ctx -> ...).probe();
 * Graph graph = df.build();
 * }</pre>
 */
public final class Dataflow extends Scope {
  public Dataflow() {
    super(new GraphModel(), null, "root");
  }

  /** Declares an input fed at run time through an input handle. */
  public <B extends Batch> Input<B> input(String name, BatchType<B> type) {
    Objects.requireNonNull(name, "name");
    StageDef def = model.newStage(name, StageKind.INPUT, this, this);
    def.inputs.add(new StageDef.InputDef(Objects.requireNonNull(type, "type"), Pact.pipeline()));
    def.outputs.add(type);
    def.factory = BuiltinVertices.forward(StageKind.INPUT, Integer.MAX_VALUE);
    return new Input<>(def, new Stream<>(def, 0, this, type));
  }

  /** Validates the graph and freezes it; refuses a graph that cannot work, naming the stages. */
  public Graph build() {
    model.sealed = true;
    return GraphValidator.validate(model);
  }
}
