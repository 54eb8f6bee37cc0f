package io.nereid.runtime.graph;

import io.nereid.runtime.data.BatchType;
import io.nereid.runtime.time.PathSummary;
import java.util.ArrayList;
import java.util.List;

/** A stage while the graph is being built (mutable, package-private). */
final class StageDef {
  final int id;
  final String name;
  final StageKind kind;
  final Scope inputScope;
  final Scope outputScope;
  final List<InputDef> inputs = new ArrayList<>();
  final List<BatchType<?>> outputs = new ArrayList<>();
  PathSummary summary = PathSummary.IDENTITY;
  int maxIterations = Integer.MAX_VALUE;
  VertexFactory factory;

  StageDef(int id, String name, StageKind kind, Scope inputScope, Scope outputScope) {
    this.id = id;
    this.name = name;
    this.kind = kind;
    this.inputScope = inputScope;
    this.outputScope = outputScope;
  }

  String describe() {
    return "'" + name + "'";
  }

  /** One input port: its type, pact and (once connected) the stream feeding it. */
  static final class InputDef {
    final BatchType<?> type;
    final Pact<?> pact;
    Stream<?> source;

    InputDef(BatchType<?> type, Pact<?> pact) {
      this.type = type;
      this.pact = pact;
    }
  }
}
