package io.nereid.runtime.progress;

import io.nereid.runtime.time.Antichain;
import io.nereid.runtime.time.PathSummary;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Could-result-in: for every location, the targets (input ports) it can reach and the minimal
 * path summaries of the ways there.
 *
 * <p>A pointstamp {@code (l, t)} could result in {@code (target, t')} iff some summary {@code s}
 * of a path from {@code l} to {@code target} has {@code s(t) <= t'}. The table is computed once
 * per graph by a fixpoint: each location starts with the identity summary to itself and
 * summaries are extended along links until no new minimal summary appears (cycles terminate
 * because every cycle passes a feedback, which advances a counter, so going around again only
 * yields larger summaries).
 */
public final class Reachability {
  /** One link of the graph: from a location to another, transforming times by {@code summary}. */
  public record Link(int from, int to, PathSummary summary) {
    public Link {
      Objects.requireNonNull(summary, "summary");
    }
  }

  private final int[][] targets;
  private final PathSummary[][][] summaries;

  private Reachability(int[][] targets, PathSummary[][][] summaries) {
    this.targets = targets;
    this.summaries = summaries;
  }

  /**
   * Computes the table for {@code locations} locations, of which those with {@code isTarget}
   * are the ones whose frontiers are asked for.
   */
  public static Reachability compute(int locations, boolean[] isTarget, List<Link> links) {
    List<List<Link>> out = new ArrayList<>();
    for (int i = 0; i < locations; i++) {
      out.add(new ArrayList<>());
    }
    for (Link l : links) {
      out.get(l.from).add(l);
    }
    int[][] targets = new int[locations][];
    PathSummary[][][] summaries = new PathSummary[locations][][];
    for (int start = 0; start < locations; start++) {
      @SuppressWarnings("unchecked")
      Antichain<PathSummary>[] reach = new Antichain[locations];
      ArrayDeque<Object[]> work = new ArrayDeque<>();
      reach[start] = Antichain.of(PathSummary.IDENTITY);
      work.add(new Object[] {start, PathSummary.IDENTITY});
      while (!work.isEmpty()) {
        Object[] item = work.poll();
        int at = (Integer) item[0];
        PathSummary s = (PathSummary) item[1];
        for (Link l : out.get(at)) {
          PathSummary next = s.then(l.summary);
          if (reach[l.to] == null) {
            reach[l.to] = new Antichain<>();
          }
          if (reach[l.to].insert(next)) {
            work.add(new Object[] {l.to, next});
          }
        }
      }
      List<Integer> ts = new ArrayList<>();
      for (int t = 0; t < locations; t++) {
        if (isTarget[t] && reach[t] != null) {
          ts.add(t);
        }
      }
      targets[start] = ts.stream().mapToInt(Integer::intValue).toArray();
      summaries[start] = new PathSummary[ts.size()][];
      for (int k = 0; k < ts.size(); k++) {
        summaries[start][k] = reach[ts.get(k)].elements().toArray(new PathSummary[0]);
      }
    }
    return new Reachability(targets, summaries);
  }

  public int locations() {
    return targets.length;
  }

  /** The targets reachable from {@code location} (including itself if it is a target). */
  public int[] targets(int location) {
    return targets[location];
  }

  /** The minimal summaries from {@code location} to its {@code k}-th reachable target. */
  public PathSummary[] summaries(int location, int k) {
    return summaries[location][k];
  }

  /** The minimal summaries from {@code from} to {@code to}; empty if it cannot be reached. */
  public List<PathSummary> between(int from, int to) {
    int[] ts = targets[from];
    for (int k = 0; k < ts.length; k++) {
      if (ts[k] == to) {
        return List.of(summaries[from][k]);
      }
    }
    return List.of();
  }
}
