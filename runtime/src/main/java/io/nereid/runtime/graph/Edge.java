package io.nereid.runtime.graph;

import java.util.Objects;

/** An edge from a stage's output to input {@code targetInput} of stage {@code targetStage}. */
public record Edge(int targetStage, int targetInput, Pact<?> pact) {
  public Edge {
    Objects.requireNonNull(pact, "pact");
  }
}
