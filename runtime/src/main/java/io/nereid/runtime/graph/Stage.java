package io.nereid.runtime.graph;

import io.nereid.runtime.data.BatchType;
import io.nereid.runtime.time.PathSummary;
import java.util.List;

/**
 * A stage of a built graph, with the progress locations of its ports: one target per input, one
 * source per output (a stage without outputs gets one source that nothing reads, to hold its
 * notification requests).
 */
public record Stage(
    int id,
    String name,
    StageKind kind,
    int depth,
    List<BatchType<?>> inputTypes,
    int[] inputLocations,
    List<BatchType<?>> outputTypes,
    int[] outputLocations,
    List<List<Edge>> edges,
    PathSummary summary,
    int maxIterations,
    VertexFactory factory) {

  public int inputs() {
    return inputLocations.length;
  }

  public int outputs() {
    return outputTypes.size();
  }

  /** Where the stage's capabilities (requested notifications) are counted: its output sources. */
  public int[] capabilityLocations() {
    return outputLocations;
  }

  /** {@code 'name'}, for messages. */
  public String describe() {
    return "'" + name + "'";
  }
}
