package io.nereid.runtime.graph;

import io.nereid.runtime.data.Batch;
import io.nereid.runtime.data.BatchType;
import java.util.Objects;

/**
 * Declares a stage: its inputs (in order, each with a pact), its outputs (in order), and the
 * factory of its vertices. Inputs can be connected now ({@link #input(Stream, Pact)}) or later
 * ({@link #input(BatchType, Pact)}), which is how cycles through a feedback are closed.
 */
public final class StageBuilder {
  private final StageDef def;
  private boolean built;

  StageBuilder(StageDef def) {
    this.def = def;
  }

  /** Adds an input fed by {@code stream}; returns this builder. Input indices follow call order. */
  public <B extends Batch> StageBuilder input(Stream<B> stream, Pact<B> pact) {
    input(stream.type(), pact).connect(stream);
    return this;
  }

  /** Adds an input to be connected later with {@link InputPort#connect}. */
  public <B extends Batch> InputPort<B> input(BatchType<B> type, Pact<B> pact) {
    checkOpen();
    StageDef.InputDef in = new StageDef.InputDef(Objects.requireNonNull(type, "type"), Objects.requireNonNull(pact, "pact"));
    def.inputs.add(in);
    return new InputPort<>(def, def.inputs.size() - 1, in);
  }

  /** Adds an output of the given type; its index is the number of outputs added before. */
  public <B extends Batch> Stream<B> output(BatchType<B> type) {
    checkOpen();
    def.outputs.add(Objects.requireNonNull(type, "type"));
    return new Stream<>(def, def.outputs.size() - 1, def.outputScope, type);
  }

  /** Finishes the stage; {@code factory} makes its vertex on every worker. */
  public void build(VertexFactory factory) {
    checkOpen();
    def.factory = Objects.requireNonNull(factory, "factory");
    built = true;
  }

  private void checkOpen() {
    if (built) {
      throw new IllegalStateException("stage " + def.describe() + " is already built");
    }
  }

  /** An input port declared before its stream exists. */
  public static final class InputPort<B extends Batch> {
    private final StageDef stage;
    private final int index;
    private final StageDef.InputDef def;

    InputPort(StageDef stage, int index, StageDef.InputDef def) {
      this.stage = stage;
      this.index = index;
      this.def = def;
    }

    public int index() {
      return index;
    }

    /** Connects {@code stream} to this input; the stream must be in the stage's scope. */
    public void connect(Stream<B> stream) {
      Objects.requireNonNull(stream, "stream");
      if (def.source != null) {
        throw new GraphException("input " + index + " of stage " + stage.describe() + " is already connected");
      }
      if (stream.scope != stage.inputScope) {
        throw new GraphException("stage " + stage.describe() + " (in " + stage.inputScope.describe()
            + ") cannot read " + stream + " of " + stream.scope.describe()
            + ": use Loop.enter / Loop.leave to cross a loop boundary");
      }
      def.source = stream;
    }
  }
}
