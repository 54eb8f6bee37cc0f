package io.nereid.runtime.graph;

import io.nereid.runtime.data.BatchType;
import io.nereid.runtime.progress.Reachability;
import io.nereid.runtime.time.PathSummary;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the declared stages into a {@link Graph}: checks that every stage is built and every
 * input connected, assigns progress locations, refuses cycles that do not pass a loop feedback,
 * and computes reachability.
 */
final class GraphValidator {
  private GraphValidator() {}

  static Graph validate(GraphModel model) {
    List<StageDef> defs = model.stages;
    List<String> problems = new ArrayList<>();
    for (StageDef d : defs) {
      if (d.factory == null) {
        problems.add("stage " + d.describe() + " was declared but never built");
      }
      for (int i = 0; i < d.inputs.size(); i++) {
        if (d.inputs.get(i).source == null && d.kind != StageKind.INPUT) {
          problems.add(d.kind == StageKind.FEEDBACK
              ? "the feedback of loop '" + d.inputScope.name() + "' is never connected (call Feedback.connect)"
              : "input " + i + " of stage " + d.describe() + " is never connected");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new GraphException(String.join("; ", problems));
    }
    new CycleCheck(defs).run();

    // Locations: targets (one per input) then sources (one per output, or one placeholder).
    int next = 0;
    int[][] inLoc = new int[defs.size()][];
    int[][] outLoc = new int[defs.size()][];
    List<String> names = new ArrayList<>();
    for (StageDef d : defs) {
      inLoc[d.id] = new int[d.inputs.size()];
      for (int i = 0; i < d.inputs.size(); i++) {
        inLoc[d.id][i] = next++;
        names.add(d.describe() + ".in" + i);
      }
    }
    int targets = next;
    for (StageDef d : defs) {
      outLoc[d.id] = new int[Math.max(1, d.outputs.size())];
      for (int o = 0; o < outLoc[d.id].length; o++) {
        outLoc[d.id][o] = next++;
        names.add(d.describe() + (d.outputs.isEmpty() ? ".capability" : ".out" + o));
      }
    }
    boolean[] isTarget = new boolean[next];
    for (int t = 0; t < targets; t++) {
      isTarget[t] = true;
    }

    List<Reachability.Link> links = new ArrayList<>();
    List<List<List<Edge>>> edges = new ArrayList<>();
    for (StageDef d : defs) {
      List<List<Edge>> perOutput = new ArrayList<>();
      for (int o = 0; o < d.outputs.size(); o++) {
        perOutput.add(new ArrayList<>());
      }
      edges.add(perOutput);
      for (int i = 0; i < d.inputs.size(); i++) {
        for (int o : outLoc[d.id]) {
          links.add(new Reachability.Link(inLoc[d.id][i], o, d.summary));
        }
      }
    }
    for (StageDef d : defs) {
      for (int i = 0; i < d.inputs.size(); i++) {
        Stream<?> s = d.inputs.get(i).source;
        if (s == null) {
          continue; // the feed of an input stage
        }
        edges.get(s.producer.id).get(s.port).add(new Edge(d.id, i, d.inputs.get(i).pact));
        links.add(new Reachability.Link(outLoc[s.producer.id][s.port], inLoc[d.id][i], PathSummary.IDENTITY));
      }
    }
    Reachability reach = Reachability.compute(next, isTarget, links);
    checkCyclesAdvance(defs, inLoc, outLoc, reach);

    List<Stage> stages = new ArrayList<>();
    for (StageDef d : defs) {
      List<BatchType<?>> inTypes = new ArrayList<>();
      for (StageDef.InputDef in : d.inputs) {
        inTypes.add(in.type);
      }
      List<List<Edge>> es = new ArrayList<>();
      for (List<Edge> e : edges.get(d.id)) {
        es.add(List.copyOf(e));
      }
      stages.add(new Stage(d.id, d.name, d.kind, d.inputScope.depth(), List.copyOf(inTypes), inLoc[d.id],
          List.copyOf(d.outputs), outLoc[d.id], List.copyOf(es), d.summary, d.maxIterations, d.factory));
    }
    return new Graph(stages, reach, names.toArray(new String[0]));
  }

  /**
   * Second line of defence behind {@link CycleCheck}: every way from a stage's output back to one
   * of its inputs must advance a loop counter that is still there at the end (a cycle that
   * increments a loop counter and then leaves that loop does not advance).
   */
  private static void checkCyclesAdvance(List<StageDef> defs, int[][] inLoc, int[][] outLoc, Reachability reach) {
    for (StageDef d : defs) {
      for (int o : outLoc[d.id]) {
        for (int target : inLoc[d.id]) {
          for (PathSummary back : reach.between(o, target)) {
            if (!d.summary.then(back).strictlyAdvances()) {
              throw new GraphException("stage " + d.describe() + " can reach itself without advancing a loop counter: "
                  + "every cycle must go around a loop through that loop's feedback");
            }
          }
        }
      }
    }
  }
}
