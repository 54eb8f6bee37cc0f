package io.nereid.runtime.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.runtime.data.LongBatch;
import io.nereid.runtime.graph.Dataflow;
import io.nereid.runtime.graph.Edge;
import io.nereid.runtime.graph.Graph;
import io.nereid.runtime.graph.Input;
import io.nereid.runtime.graph.Pact;
import io.nereid.runtime.graph.Stage;
import io.nereid.runtime.graph.Stream;
import io.nereid.runtime.graph.Vertex;
import io.nereid.runtime.testing.Plan;
import io.nereid.runtime.testing.PlanDataflow;
import io.nereid.runtime.time.PathSummary;
import io.nereid.runtime.time.Timestamp;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Could-result-in on random graphs with nested loops, against a brute-force search over concrete
 * times: from a location and a time, walk every link (applying its summary) while coordinates
 * stay small. Every time reached at a target must be at or above some summary's result (the
 * table never misses a way), every summary's result must be reached (no summary is invented),
 * and the summaries kept for a target are mutually incomparable.
 */
class ReachabilityPropertyTest {
  private static final int BOUND = 8;
  private static final int CHECK_TIGHT_BELOW = 3;

  @Property(tries = 120)
  void summariesAgreeWithABruteForceWalk(@ForAll long seed) {
    Random r = new Random(seed);
    List<Plan.Step> steps = Plan.random(r, 2 + r.nextInt(10));
    Dataflow df = new Dataflow();
    Input<LongBatch> in = df.input("input", LongBatch.TYPE);
    Stream<LongBatch> out = new PlanDataflow((name, step) -> ctx -> new Vertex() {}).build(in.stream(), steps);
    out.sink("sink", Pact.pipeline(), ctx -> new Vertex() {});
    Graph g = df.build();
    Reachability reach = g.reachability();

    Map<Integer, List<Reachability.Link>> links = new HashMap<>();
    int[] depth = new int[g.locations()];
    Set<Integer> targets = new HashSet<>();
    for (Stage s : g.stages()) {
      for (int i : s.inputLocations()) {
        targets.add(i);
        depth[i] = s.depth();
        for (int o : s.outputLocations()) {
          links.computeIfAbsent(i, k -> new ArrayList<>()).add(new Reachability.Link(i, o, s.summary()));
        }
      }
      for (int o = 0; o < s.outputLocations().length; o++) {
        depth[s.outputLocations()[o]] = s.summary().resultDepth(s.depth());
      }
      for (int o = 0; o < s.outputs(); o++) {
        for (Edge e : s.edges().get(o)) {
          int to = g.stage(e.targetStage()).inputLocations()[e.targetInput()];
          links.computeIfAbsent(s.outputLocations()[o], k -> new ArrayList<>())
              .add(new Reachability.Link(s.outputLocations()[o], to, PathSummary.IDENTITY));
        }
      }
    }

    String where = "seed " + seed + ", plan " + steps;
    for (int from = 0; from < g.locations(); from++) {
      int[] counters = new int[depth[from]];
      for (int c = 0; c < counters.length; c++) {
        counters[c] = r.nextInt(2);
      }
      Timestamp start = Timestamp.of(r.nextInt(2), counters);
      Map<Integer, Set<Timestamp>> reached = walk(from, start, links);

      Set<Integer> reachedTargets = new HashSet<>(reached.keySet());
      reachedTargets.retainAll(targets);
      assertThat(toSet(reach.targets(from))).as("targets of %s; %s", g.locationName(from), where)
          .isEqualTo(reachedTargets);
      for (int target : reachedTargets) {
        List<PathSummary> summaries = reach.between(from, target);
        String path = g.locationName(from) + " at " + start + " -> " + g.locationName(target) + "; " + where;
        for (Timestamp t : reached.get(target)) {
          assertThat(summaries.stream().anyMatch(s -> s.apply(start).lessEqual(t)))
              .as("%s reached at %s, not covered by %s; %s", g.locationName(target), t, summaries, path).isTrue();
        }
        for (PathSummary s : summaries) {
          Timestamp t = s.apply(start);
          if (max(t) <= CHECK_TIGHT_BELOW) {
            assertThat(reached.get(target)).as("summary %s gives %s; %s", s, t, path).contains(t);
          }
          for (PathSummary other : summaries) {
            assertThat(s != other && s.lessEqual(other)).as("%s <= %s both kept; %s", s, other, path).isFalse();
          }
        }
      }
    }
  }

  private static Map<Integer, Set<Timestamp>> walk(int from, Timestamp start, Map<Integer, List<Reachability.Link>> links) {
    Map<Integer, Set<Timestamp>> reached = new HashMap<>();
    ArrayDeque<Object[]> work = new ArrayDeque<>();
    reached.computeIfAbsent(from, k -> new HashSet<>()).add(start);
    work.add(new Object[] {from, start});
    while (!work.isEmpty()) {
      Object[] item = work.poll();
      for (Reachability.Link l : links.getOrDefault((Integer) item[0], List.of())) {
        Timestamp next = l.summary().apply((Timestamp) item[1]);
        if (max(next) <= BOUND && reached.computeIfAbsent(l.to(), k -> new HashSet<>()).add(next)) {
          work.add(new Object[] {l.to(), next});
        }
      }
    }
    return reached;
  }

  private static long max(Timestamp t) {
    long m = 0;
    for (int i = 0; i <= t.depth(); i++) {
      m = Math.max(m, t.coordinate(i));
    }
    return m;
  }

  private static Set<Integer> toSet(int[] values) {
    Set<Integer> s = new HashSet<>();
    for (int v : values) {
      s.add(v);
    }
    return s;
  }
}
