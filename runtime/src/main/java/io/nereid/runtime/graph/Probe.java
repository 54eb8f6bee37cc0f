package io.nereid.runtime.graph;

/** Observes a stream's frontier: which times may still appear on it. Created by {@link Stream#probe()}. */
public final class Probe {
  final StageDef def;

  Probe(StageDef def) {
    this.def = def;
  }

  /** The id of the probe's stage in the built graph. */
  public int stageId() {
    return def.id;
  }
}
