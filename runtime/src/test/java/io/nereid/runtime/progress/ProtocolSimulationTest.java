package io.nereid.runtime.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.runtime.data.LongBatch;
import io.nereid.runtime.graph.Dataflow;
import io.nereid.runtime.graph.Edge;
import io.nereid.runtime.graph.Graph;
import io.nereid.runtime.graph.Input;
import io.nereid.runtime.graph.Pact;
import io.nereid.runtime.graph.Stage;
import io.nereid.runtime.graph.StageKind;
import io.nereid.runtime.graph.Stream;
import io.nereid.runtime.graph.Vertex;
import io.nereid.runtime.testing.Plan;
import io.nereid.runtime.testing.PlanDataflow;
import io.nereid.runtime.time.Antichain;
import io.nereid.runtime.time.PathSummary;
import io.nereid.runtime.time.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The progress protocol, simulated on random graphs (with nested loops) without threads: workers
 * consume messages, send (now or at later times), hold and release capabilities, and keep their
 * count changes in a {@link ChangeBatch} until they publish it, in any interleaving, possibly in
 * pieces as long as a batch's increments go before its decrements. The simulation knows the
 * true pointstamps; after every update it checks that no frontier has passed a time that a true
 * pointstamp could still result in, that no frontier went back, and whenever nothing is
 * unpublished, that every frontier is exactly the minimal times the true pointstamps imply.
 */
class ProtocolSimulationTest {

  record Message(int stage, int location, Timestamp time, int worker) {}

  record Capability(int stage, Timestamp time, int worker) {}

  @Property(tries = 150)
  void frontiersNeverPassATimeThatIsStillCountedUpstream(@ForAll long seed) {
    new Simulation(seed).run();
  }

  static final class Simulation {
    private final Random r;
    private final Graph graph;
    private final Reachability reach;
    private final ProgressTracker tracker;
    private final ChangeBatch[] pending;
    private final Map<Pointstamp, Long> truth = new HashMap<>();
    private final List<Message> messages = new ArrayList<>();
    private final List<Capability> capabilities = new ArrayList<>();
    private final Stage input;
    private final String plan;
    private long epoch;
    private boolean inputOpen = true;
    private int budget;
    private boolean publishingPieces;
    private boolean started;

    Simulation(long seed) {
      r = new Random(seed);
      List<Plan.Step> steps = Plan.random(r, 2 + r.nextInt(8));
      plan = "seed " + seed + ", plan " + steps;
      Dataflow df = new Dataflow();
      Input<LongBatch> in = df.input("input", LongBatch.TYPE);
      Stream<LongBatch> out = new PlanDataflow((name, step) -> ctx -> new Vertex() {}).build(in.stream(), steps);
      out.sink("sink", Pact.pipeline(), ctx -> new Vertex() {});
      out.probe();
      graph = df.build();
      reach = graph.reachability();
      tracker = new ProgressTracker(reach);
      pending = new ChangeBatch[1 + r.nextInt(4)];
      for (int w = 0; w < pending.length; w++) {
        pending[w] = new ChangeBatch();
      }
      input = graph.stages().stream().filter(s -> s.kind() == StageKind.INPUT).findFirst().orElseThrow();
      budget = 20 + r.nextInt(80);
    }

    void run() {
      // The input's capability at epoch 0, as a computation starts.
      truth(input.outputLocations()[0], Timestamp.of(0), 1);
      apply(update(input.outputLocations()[0], Timestamp.of(0), 1));
      for (int step = 0; ; step++) {
        assertThat(step).as("the simulation makes progress; %s", plan).isLessThan(200_000);
        List<Runnable> ops = new ArrayList<>();
        if (inputOpen) {
          ops.add(this::feed);
          ops.add(this::feed);
          ops.add(this::advanceOrClose);
        }
        for (int i = 0; i < 4 && !messages.isEmpty(); i++) {
          ops.add(this::consume);
        }
        if (!capabilities.isEmpty()) {
          ops.add(this::release);
          ops.add(this::release);
        }
        for (int w = 0; w < pending.length; w++) {
          if (!pending[w].isEmpty()) {
            int worker = w;
            ops.add(() -> publish(worker));
          }
        }
        if (ops.isEmpty()) {
          break;
        }
        ops.get(r.nextInt(ops.size())).run();
      }
      assertThat(truth).isEmpty();
      assertThat(tracker.isComplete()).as(plan).isTrue();
      for (Stage s : graph.stages()) {
        for (int loc : s.inputLocations()) {
          assertThat(tracker.frontier(loc).isEmpty()).as(plan).isTrue();
        }
      }
    }

    private void feed() {
      if (budget <= 0) {
        advanceOrClose();
        return;
      }
      Timestamp t = Timestamp.of(epoch);
      int feed = input.inputLocations()[0];
      truth(feed, t, 1);
      messages.add(new Message(input.id(), feed, t, r.nextInt(pending.length)));
      apply(update(feed, t, 1)); // an input handle publishes at once
    }

    private void advanceOrClose() {
      int out = input.outputLocations()[0];
      Timestamp now = Timestamp.of(epoch);
      if (budget <= 0 || epoch >= 3 || r.nextInt(3) == 0) {
        inputOpen = false;
        truth(out, now, -1);
        apply(update(out, now, -1));
      } else {
        epoch++;
        truth(out, Timestamp.of(epoch), 1);
        truth(out, now, -1);
        apply(new ProgressUpdate(new int[] {out, out}, new Timestamp[] {Timestamp.of(epoch), now}, new long[] {1, -1}));
      }
    }

    private void consume() {
      Message m = messages.remove(r.nextInt(messages.size()));
      Stage s = graph.stage(m.stage());
      truth(m.location(), m.time(), -1);
      pending[m.worker()].update(m.location(), m.time(), -1);
      Timestamp out = s.summary().apply(m.time());
      switch (s.kind()) {
        case FEEDBACK -> {
          if (out.inner() < s.maxIterations()) {
            sendAll(s, m.worker(), out);
          }
        }
        case INPUT, INGRESS, EGRESS -> sendAll(s, m.worker(), out);
        case USER -> {
          if (budget-- > 0) {
            if (r.nextInt(10) < 7) {
              sendAll(s, m.worker(), r.nextBoolean() ? out : out.advanceInner(1));
            }
            if (r.nextInt(10) < 3) {
              hold(s, m.worker(), r.nextBoolean() ? out : out.advanceInner(1));
            }
          }
        }
        default -> { } // probes consume
      }
    }

    private void hold(Stage s, int worker, Timestamp t) {
      capabilities.add(new Capability(s.id(), t, worker));
      for (int loc : s.capabilityLocations()) {
        truth(loc, t, 1);
        pending[worker].update(loc, t, 1);
      }
    }

    /** Releases a capability whose time the stage's inputs have passed, as a notification does. */
    private void release() {
      Capability c = capabilities.get(r.nextInt(capabilities.size()));
      Stage s = graph.stage(c.stage());
      for (int loc : s.inputLocations()) {
        if (tracker.blocks(loc, c.time())) {
          return;
        }
      }
      capabilities.remove(c);
      if (budget-- > 0 && r.nextBoolean()) {
        sendAll(s, c.worker(), c.time());
      }
      for (int loc : s.capabilityLocations()) {
        truth(loc, c.time(), -1);
        pending[c.worker()].update(loc, c.time(), -1);
      }
    }

    private void sendAll(Stage s, int worker, Timestamp t) {
      for (int o = 0; o < s.outputs(); o++) {
        for (Edge e : s.edges().get(o)) {
          int loc = graph.stage(e.targetStage()).inputLocations()[e.targetInput()];
          int copies = budget > 0 && e.pact().isExchange() ? 1 + r.nextInt(2) : 1;
          for (int i = 0; i < copies; i++) {
            int to = e.pact().isExchange() ? r.nextInt(pending.length) : worker;
            truth(loc, t, 1);
            pending[worker].update(loc, t, 1);
            messages.add(new Message(e.targetStage(), loc, t, to));
          }
        }
      }
    }

    /** Publishes a worker's changes: whole, or increments first and then decrements, in pieces. */
    private void publish(int worker) {
      ProgressUpdate u = pending[worker].drain();
      if (r.nextBoolean()) {
        apply(u);
        return;
      }
      List<Integer> up = new ArrayList<>();
      List<Integer> down = new ArrayList<>();
      for (int i = 0; i < u.size(); i++) {
        (u.delta(i) > 0 ? up : down).add(i);
      }
      Collections.shuffle(up, r);
      Collections.shuffle(down, r);
      publishingPieces = true;
      for (List<Integer> part : List.of(up, down)) {
        for (int from = 0; from < part.size(); ) {
          int to = Math.min(part.size(), from + 1 + r.nextInt(3));
          List<Integer> piece = part.subList(from, to);
          int[] locs = new int[piece.size()];
          Timestamp[] times = new Timestamp[piece.size()];
          long[] deltas = new long[piece.size()];
          for (int k = 0; k < piece.size(); k++) {
            locs[k] = u.location(piece.get(k));
            times[k] = u.time(piece.get(k));
            deltas[k] = u.delta(piece.get(k));
          }
          apply(new ProgressUpdate(locs, times, deltas));
          from = to;
        }
      }
      publishingPieces = false;
      apply(new ProgressUpdate(new int[0], new Timestamp[0], new long[0]));
    }

    private void truth(int location, Timestamp t, long delta) {
      truth.merge(new Pointstamp(location, t), delta, (a, b) -> a + b == 0 ? null : a + b);
    }

    private static ProgressUpdate update(int location, Timestamp t, long delta) {
      return new ProgressUpdate(new int[] {location}, new Timestamp[] {t}, new long[] {delta});
    }

    private void apply(ProgressUpdate u) {
      Map<Integer, Antichain<Timestamp>> before = new HashMap<>();
      for (Stage stage : graph.stages()) {
        if (stage.kind() == StageKind.INPUT) {
          continue; // the feed of an input is upstream of everything, fed from outside
        }
        for (int target : stage.inputLocations()) {
          before.put(target, tracker.frontier(target));
        }
      }
      tracker.apply(u);
      checkSafety(u);
      if (started) {
        checkMonotone(before, u);
      }
      started = true; // before the input's first capability, every frontier is empty
      boolean quiet = !publishingPieces;
      for (ChangeBatch b : pending) {
        quiet &= b.isEmpty();
      }
      if (quiet) {
        checkExact();
      }
    }

    /** Frontiers only move forward: every new element is at or above an old one. */
    private void checkMonotone(Map<Integer, Antichain<Timestamp>> before, ProgressUpdate u) {
      before.forEach((target, old) -> {
        for (Timestamp t : tracker.frontier(target).elements()) {
          if (!old.lessEqual(t)) {
            throw new AssertionError("after " + u + ": the frontier of " + graph.locationName(target) + " went back from "
                + old + " to " + tracker.frontier(target) + "; " + plan);
          }
        }
      });
    }

    /** Every true pointstamp still blocks every time it could result in. */
    private void checkSafety(ProgressUpdate after) {
      truth.forEach((p, count) -> {
        assertThat(count).as("true counts are never negative; %s", plan).isPositive();
        int[] targets = reach.targets(p.location());
        for (int k = 0; k < targets.length; k++) {
          for (PathSummary s : reach.summaries(p.location(), k)) {
            Timestamp implied = s.apply(p.time());
            if (!tracker.blocks(targets[k], implied)) {
              throw new AssertionError("after " + after + ": the frontier " + tracker.frontier(targets[k]) + " of "
                  + graph.locationName(targets[k]) + " passed " + implied + ", which "
                  + graph.locationName(p.location()) + " at " + p.time() + " (count " + count
                  + ") could still result in; " + plan);
            }
          }
        }
      });
    }

    /** With nothing unpublished, the tracker's counts and frontiers are exactly the truth's. */
    private void checkExact() {
      assertThat(tracker.isComplete()).isEqualTo(truth.isEmpty());
      truth.forEach((p, count) -> assertThat(tracker.count(p.location(), p.time())).isEqualTo(count));
      for (Stage stage : graph.stages()) {
        for (int target : stage.inputLocations()) {
          Set<Timestamp> implied = new HashSet<>();
          truth.keySet().forEach(p -> reach.between(p.location(), target).forEach(s -> implied.add(s.apply(p.time()))));
          Set<Timestamp> minimal = new HashSet<>();
          for (Timestamp t : implied) {
            if (implied.stream().noneMatch(u -> u.lessThan(t))) {
              minimal.add(t);
            }
          }
          assertThat(new HashSet<>(tracker.frontier(target).elements()))
              .as("frontier of %s; %s", graph.locationName(target), plan).isEqualTo(minimal);
        }
      }
    }
  }
}
