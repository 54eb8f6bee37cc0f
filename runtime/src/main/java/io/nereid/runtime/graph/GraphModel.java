package io.nereid.runtime.graph;

import java.util.ArrayList;
import java.util.List;

/** The stages declared so far (mutable, package-private); {@link Dataflow#build} validates it. */
final class GraphModel {
  final List<StageDef> stages = new ArrayList<>();
  boolean sealed;

  StageDef newStage(String name, StageKind kind, Scope inputScope, Scope outputScope) {
    if (sealed) {
      throw new IllegalStateException("the graph is already built; declare stages before Dataflow.build()");
    }
    StageDef def = new StageDef(stages.size(), name, kind, inputScope, outputScope);
    stages.add(def);
    return def;
  }
}
