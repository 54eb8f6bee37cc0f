package io.nereid.runtime.graph;

import io.nereid.runtime.data.Batch;

/** A data source of the graph; at run time a handle feeds it batch by batch, epoch by epoch. */
public final class Input<B extends Batch> {
  final StageDef def;
  private final Stream<B> stream;

  Input(StageDef def, Stream<B> stream) {
    this.def = def;
    this.stream = stream;
  }

  /** The records of this input, in the root scope. */
  public Stream<B> stream() {
    return stream;
  }

  /** The id of the input's stage in the built graph. */
  public int stageId() {
    return def.id;
  }

  public String name() {
    return def.name;
  }
}
