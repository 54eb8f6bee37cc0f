package io.nereid.runtime.graph;

import io.nereid.runtime.progress.Reachability;
import java.util.List;

/** A validated, immutable dataflow graph, ready to run on any number of workers. */
public final class Graph {
  private final List<Stage> stages;
  private final Reachability reachability;
  private final String[] locationNames;

  Graph(List<Stage> stages, Reachability reachability, String[] locationNames) {
    this.stages = List.copyOf(stages);
    this.reachability = reachability;
    this.locationNames = locationNames;
  }

  public List<Stage> stages() {
    return stages;
  }

  public Stage stage(int id) {
    return stages.get(id);
  }

  public Reachability reachability() {
    return reachability;
  }

  public int locations() {
    return locationNames.length;
  }

  /** A readable name of a progress location, e.g. {@code 'join'.in0}. */
  public String locationName(int location) {
    return locationNames[location];
  }
}
