package io.nereid.runtime.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.runtime.data.Batch;
import io.nereid.runtime.data.LongBatch;
import io.nereid.runtime.graph.Dataflow;
import io.nereid.runtime.graph.Graph;
import io.nereid.runtime.graph.Input;
import io.nereid.runtime.graph.Pact;
import io.nereid.runtime.graph.Probe;
import io.nereid.runtime.graph.Stream;
import io.nereid.runtime.graph.Vertex;
import io.nereid.runtime.testing.EventLog;
import io.nereid.runtime.testing.Plan;
import io.nereid.runtime.testing.PlanDataflow;
import io.nereid.runtime.testing.PlanVertex;
import io.nereid.runtime.time.Antichain;
import io.nereid.runtime.time.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * One randomized run, all drawn from a seed: a random {@link Plan} (as a graph with instrumented
 * vertices, fed by one or two inputs and ending in a collector with a probe), a configuration,
 * and the input batches of each epoch, with where each goes. {@link #drive} feeds it to the
 * processes of a computation (one, or several connected in memory) and checks every answer and
 * the notification contract.
 *
 * <p>The k-th epoch of input is numbered {@code epochNumbers[k]}: increasing, sometimes with gaps
 * (inputs may skip epochs) and sometimes past 255. With two inputs (merged before the plan) each
 * batch goes to input {@code sources[i]}; the second input closes after the epoch of index
 * {@code closeSecondAfter}, and the inputs advance in a random order.
 */
record RandomizedScenario(long seed, List<Plan.Step> plan, Config config, int processes,
    List<List<List<Long>>> epochs, List<Integer> targets, List<Integer> processOf, boolean[] awaitEachEpoch,
    int inputs, List<Integer> sources, int closeSecondAfter, boolean[] secondFirst, long[] epochNumbers) {

  /** A scenario for one process with 1 to 8 workers. */
  static RandomizedScenario of(long seed) {
    return of(seed, 1);
  }

  /** A scenario for {@code processes} processes (1 to 8 workers alone, 1 to 3 each when several). */
  static RandomizedScenario of(long seed, int processes) {
    Random r = new Random(seed);
    List<Plan.Step> plan = Plan.random(r, 4 + r.nextInt(10));
    int[] batchSizes = {1, 2, 7, 64, 4096};
    long[] spins = {0, 1_000, 50_000};
    Config config = Config.workers(1 + r.nextInt(processes == 1 ? 8 : 3))
        .withExchangeBatch(batchSizes[r.nextInt(batchSizes.length)])
        .withSpinNanos(spins[r.nextInt(spins.length)]);
    int epochCount = 1 + r.nextInt(4);
    List<List<List<Long>>> epochs = new ArrayList<>();
    List<Integer> targets = new ArrayList<>();
    List<Integer> processOf = new ArrayList<>();
    boolean[] await = new boolean[epochCount];
    int inputs = 1 + r.nextInt(2);
    int closeSecondAfter = r.nextInt(epochCount);
    boolean[] secondFirst = new boolean[epochCount];
    List<Integer> sources = new ArrayList<>();
    for (int e = 0; e < epochCount; e++) {
      secondFirst[e] = r.nextBoolean();
      List<List<Long>> batches = new ArrayList<>();
      for (int b = r.nextInt(6); b > 0; b--) {
        List<Long> values = new ArrayList<>();
        for (int i = r.nextInt(r.nextBoolean() ? 40 : 300); i > 0; i--) {
          values.add((long) r.nextInt((int) Plan.MOD));
        }
        batches.add(values);
        targets.add(r.nextInt(config.workers() + 1) - 1); // -1: round robin
        processOf.add(r.nextInt(processes));
        sources.add(inputs == 2 && e <= closeSecondAfter ? r.nextInt(2) : 0);
      }
      epochs.add(batches);
      await[e] = r.nextBoolean();
    }
    long[] epochNumbers = new long[epochCount];
    epochNumbers[0] = r.nextInt(4) == 0 ? 250 + r.nextInt(10) : 0;
    for (int e = 1; e < epochCount; e++) {
      epochNumbers[e] = epochNumbers[e - 1] + 1 + (r.nextInt(4) == 0 ? r.nextInt(300) : 0);
    }
    return new RandomizedScenario(seed, plan, config, processes, epochs, targets, processOf, await, inputs, sources,
        closeSecondAfter, secondFirst, epochNumbers);
  }

  /** The answer of the epoch of index {@code epoch}, computed sequentially, sorted. */
  List<Long> expected(int epoch) {
    List<Long> input = new ArrayList<>();
    epochs.get(epoch).forEach(input::addAll);
    List<Long> out = new ArrayList<>(Plan.evaluate(plan, input));
    Collections.sort(out);
    return out;
  }

  String describe() {
    return "seed " + seed + ", " + processes + " process(es) of " + config + ", epochs "
        + Arrays.toString(epochNumbers) + ", plan " + plan;
  }

  /** The scenario's graph, with what its vertices record. */
  final class Built {
    final EventLog log = new EventLog();
    final Map<Long, List<Long>> results = new ConcurrentHashMap<>();
    final Input<LongBatch> in;
    final Input<LongBatch> second;
    final Probe probe;
    final Graph graph;

    Built() {
      Dataflow df = new Dataflow();
      in = df.input("input", LongBatch.TYPE);
      second = inputs == 2 ? df.input("second input", LongBatch.TYPE) : null;
      PlanDataflow builder = new PlanDataflow((name, step) -> ctx -> new PlanVertex(ctx, step, log, seed));
      Stream<LongBatch> source = second == null ? in.stream() : in.stream().binary("merge inputs", Pact.pipeline(),
          second.stream(), Pact.exchange(PlanDataflow.SCATTER), LongBatch.TYPE,
          ctx -> new PlanVertex(ctx, new Plan.Concat(), log, seed));
      Stream<LongBatch> answer = builder.build(source, plan);
      // The collector has an output (unused) so that its probe also covers the records queued at its input.
      Stream<LongBatch> collected = answer.unary("collect", Pact.pipeline(), LongBatch.TYPE, ctx -> new Vertex() {
        private final List<EventLog.Event> events = log.vertex("collect@" + ctx.worker());

        @Override
        public void onRecv(int input, Timestamp time, Batch batch) {
          events.add(new EventLog.Event(EventLog.Kind.RECV, time));
          LongBatch b = (LongBatch) batch;
          List<Long> into = results.computeIfAbsent(time.epoch(), e -> Collections.synchronizedList(new ArrayList<>()));
          for (int i = 0; i < b.size(); i++) {
            into.add(b.get(i));
          }
        }
      });
      probe = collected.probe();
      graph = df.build();
    }

    /**
     * Feeds the epochs to the running {@code computations} (one per process), checks each epoch
     * whose completion the scenario waits for (on one process), closes the inputs, waits for the
     * end, and checks the answers and the event log.
     */
    void drive(List<Computation> computations) {
      String where = describe();
      Sampler sampler = new Sampler(computations);
      sampler.start();
      List<List<InputHandle<LongBatch>>> handles = new ArrayList<>();
      for (Computation c : computations) {
        List<InputHandle<LongBatch>> hs = new ArrayList<>(List.of(c.input(in)));
        if (second != null) {
          hs.add(c.input(second));
        }
        handles.add(hs);
      }
      if (epochNumbers[0] > 0) {
        handles.forEach(hs -> hs.forEach(h -> h.advanceTo(epochNumbers[0])));
      }
      int batch = 0;
      for (int e = 0; e < epochs.size(); e++) {
        for (List<Long> values : epochs.get(e)) {
          InputHandle<LongBatch> h = handles.get(processOf.get(batch)).get(sources.get(batch));
          LongBatch b = h.newBatch();
          values.forEach(b::add);
          int target = targets.get(batch++);
          if (target < 0) {
            h.send(b);
          } else {
            h.sendTo(target, b);
          }
        }
        if (e + 1 < epochs.size()) {
          for (List<InputHandle<LongBatch>> hs : handles) {
            List<InputHandle<LongBatch>> order = new ArrayList<>(hs);
            if (secondFirst[e]) {
              Collections.reverse(order);
            }
            for (InputHandle<LongBatch> h : order) {
              if (h.isClosed()) {
                continue;
              }
              if (h != hs.get(0) && e == closeSecondAfter) {
                h.close();
              } else {
                h.advanceTo(epochNumbers[e + 1]);
              }
            }
          }
          if (awaitEachEpoch[e]) {
            computations.get(e % computations.size()).awaitDone(probe, epochNumbers[e]);
            assertThat(sorted(results.get(epochNumbers[e])))
                .as("epoch %d when the probe said it was complete; %s", epochNumbers[e], where)
                .isEqualTo(expected(e));
          }
        }
      }
      handles.forEach(hs -> hs.forEach(InputHandle::close));
      for (Computation c : computations) {
        assertThat(c.join(20, TimeUnit.SECONDS)).as("completed in time; %s", where).isTrue();
        assertThat(c.isComplete()).isTrue();
        assertThat(c.isDone(probe, Long.MAX_VALUE)).isTrue();
      }
      sampler.finish();
      assertThat(sampler.problems).as("seen while running; %s", where).isEmpty();
      assertThat(log.violations()).as(where).isEmpty();
      assertThat(log.orderViolations()).as("notifications in timestamp order; %s", where).isEmpty();
      for (int e = 0; e < epochs.size(); e++) {
        assertThat(sorted(results.get(epochNumbers[e]))).as("epoch %d; %s", epochNumbers[e], where)
            .isEqualTo(expected(e));
      }
      Set<Long> numbers = new HashSet<>();
      for (long n : epochNumbers) {
        numbers.add(n);
      }
      assertThat(results.keySet()).as(where).allMatch(numbers::contains);
    }

    /**
     * Watches the probes while the computation runs: a probe's frontier never goes back, and the
     * moment any process's probe says an epoch is complete, the collected answer of that epoch is.
     */
    private final class Sampler extends Thread {
      final List<String> problems = Collections.synchronizedList(new ArrayList<>());
      private final List<Computation> computations;
      private final boolean[] verified = new boolean[epochs.size()];
      private volatile boolean done;

      Sampler(List<Computation> computations) {
        super("probe sampler");
        setDaemon(true);
        this.computations = computations;
      }

      @Override
      public void run() {
        List<Antichain<Timestamp>> last = new ArrayList<>();
        computations.forEach(c -> last.add(null));
        while (!done && problems.isEmpty()) {
          for (int p = 0; p < computations.size(); p++) {
            Computation c = computations.get(p);
            Antichain<Timestamp> now = c.frontier(probe);
            Antichain<Timestamp> before = last.get(p);
            if (before != null) {
              for (Timestamp t : now.elements()) {
                if (!before.lessEqual(t)) {
                  problems.add("process " + p + ": the probe's frontier went back from " + before + " to " + now);
                }
              }
            }
            last.set(p, now);
            for (int e = 0; e < verified.length; e++) {
              if (!verified[e] && c.isDone(probe, epochNumbers[e])) {
                verified[e] = true;
                List<Long> seen = sorted(results.get(epochNumbers[e]));
                if (!seen.equals(expected(e))) {
                  problems.add("process " + p + " said epoch " + epochNumbers[e] + " was complete with " + seen.size()
                      + " records of " + expected(e).size() + ": " + seen + " instead of " + expected(e));
                }
              }
            }
          }
          LockSupport.parkNanos(20_000);
        }
      }

      void finish() {
        done = true;
        try {
          join(10_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  private static List<Long> sorted(List<Long> values) {
    List<Long> copy = values == null ? new ArrayList<>() : new ArrayList<>(values);
    Collections.sort(copy);
    return copy;
  }
}
