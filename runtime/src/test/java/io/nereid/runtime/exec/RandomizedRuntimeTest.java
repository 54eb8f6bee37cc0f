package io.nereid.runtime.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.runtime.data.Batch;
import io.nereid.runtime.data.LongBatch;
import io.nereid.runtime.graph.Dataflow;
import io.nereid.runtime.graph.Input;
import io.nereid.runtime.graph.Pact;
import io.nereid.runtime.graph.Probe;
import io.nereid.runtime.graph.Stream;
import io.nereid.runtime.graph.Vertex;
import io.nereid.runtime.testing.EventLog;
import io.nereid.runtime.testing.Plan;
import io.nereid.runtime.testing.PlanDataflow;
import io.nereid.runtime.testing.PlanVertex;
import io.nereid.runtime.time.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random graphs with loops (nested up to depth 2), pipeline and exchange edges, 1 to 8 workers,
 * random batch sizes, epochs, exchange batching and spinning, and vertices that perturb the
 * schedule. Every run checks: no notification before all records at {@code <= t} arrived, every
 * requested notification delivered exactly once, each epoch's answer equal to a sequential
 * computation (also at the moment the probe says the epoch is complete), and completion within
 * a timeout. A failure names its seed: rerun just that seed to reproduce the graph and inputs
 * (the schedule itself varies from run to run).
 */
class RandomizedRuntimeTest {
  private static final int RUNS = 200;

  static LongStream seeds() {
    return LongStream.range(0, RUNS).map(i -> 1_000_003L * i + 7);
  }

  /**
   * The configuration and inputs a seed stands for. With two inputs (merged before the plan),
   * each batch goes to input {@code sources[i]}; the second input closes after epoch
   * {@code closeSecondAfter} and the two advance in a random order.
   */
  record Scenario(long seed, List<Plan.Step> plan, Config config, List<List<List<Long>>> epochs, List<Integer> targets,
      boolean[] awaitEachEpoch, int inputs, List<Integer> sources, int closeSecondAfter, boolean[] secondFirst) {

    static Scenario of(long seed) {
      Random r = new Random(seed);
      List<Plan.Step> plan = Plan.random(r, 4 + r.nextInt(10));
      int[] batchSizes = {1, 2, 7, 64, 4096};
      long[] spins = {0, 1_000, 50_000};
      Config config = Config.workers(1 + r.nextInt(8)).withExchangeBatch(batchSizes[r.nextInt(batchSizes.length)])
          .withSpinNanos(spins[r.nextInt(spins.length)]);
      int epochCount = 1 + r.nextInt(4);
      List<List<List<Long>>> epochs = new ArrayList<>();
      List<Integer> targets = new ArrayList<>();
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
          sources.add(inputs == 2 && e <= closeSecondAfter ? r.nextInt(2) : 0);
        }
        epochs.add(batches);
        await[e] = r.nextBoolean();
      }
      return new Scenario(seed, plan, config, epochs, targets, await, inputs, sources, closeSecondAfter, secondFirst);
    }

    List<Long> expected(int epoch) {
      List<Long> input = new ArrayList<>();
      epochs.get(epoch).forEach(input::addAll);
      List<Long> out = new ArrayList<>(Plan.evaluate(plan, input));
      Collections.sort(out);
      return out;
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void randomGraphsKeepTheNotificationContractAndComputeTheSequentialAnswer(long seed) {
    Scenario s = Scenario.of(seed);
    String where = "seed " + seed + ", " + s.config() + ", plan " + s.plan();
    EventLog log = new EventLog();
    Map<Long, List<Long>> results = new ConcurrentHashMap<>();

    Dataflow df = new Dataflow();
    Input<LongBatch> in = df.input("input", LongBatch.TYPE);
    Input<LongBatch> second = s.inputs() == 2 ? df.input("second input", LongBatch.TYPE) : null;
    PlanDataflow builder = new PlanDataflow((name, step) -> ctx -> new PlanVertex(ctx, step, log, seed));
    Stream<LongBatch> source = second == null ? in.stream() : in.stream().binary("merge inputs", Pact.pipeline(),
        second.stream(), Pact.exchange(PlanDataflow.SCATTER), LongBatch.TYPE,
        ctx -> new PlanVertex(ctx, new Plan.Concat(), log, seed));
    Stream<LongBatch> answer = builder.build(source, s.plan());
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
    Probe probe = collected.probe();

    int batch = 0;
    try (Computation c = Computation.start(df.build(), s.config())) {
      List<InputHandle<LongBatch>> handles = new ArrayList<>(List.of(c.input(in)));
      if (second != null) {
        handles.add(c.input(second));
      }
      for (int e = 0; e < s.epochs().size(); e++) {
        for (List<Long> values : s.epochs().get(e)) {
          InputHandle<LongBatch> h = handles.get(s.sources().get(batch));
          LongBatch b = h.newBatch();
          values.forEach(b::add);
          int target = s.targets().get(batch++);
          if (target < 0) {
            h.send(b);
          } else {
            h.sendTo(target, b);
          }
        }
        if (e + 1 < s.epochs().size()) {
          List<InputHandle<LongBatch>> order = new ArrayList<>(handles);
          if (s.secondFirst()[e]) {
            Collections.reverse(order);
          }
          for (InputHandle<LongBatch> h : order) {
            if (h.isClosed()) {
              continue;
            }
            if (h != handles.get(0) && e == s.closeSecondAfter()) {
              h.close();
            } else {
              h.advanceTo(e + 1);
            }
          }
          if (s.awaitEachEpoch()[e]) {
            c.awaitDone(probe, e);
            assertThat(sorted(results.get((long) e))).as("epoch %d when the probe said it was complete; %s", e, where)
                .isEqualTo(s.expected(e));
          }
        }
      }
      handles.forEach(InputHandle::close);
      assertThat(c.join(20, TimeUnit.SECONDS)).as("completed in time; %s", where).isTrue();
      assertThat(c.isComplete()).isTrue();
      assertThat(c.isDone(probe, Long.MAX_VALUE)).isTrue();
    }
    assertThat(log.violations()).as(where).isEmpty();
    for (int e = 0; e < s.epochs().size(); e++) {
      assertThat(sorted(results.get((long) e))).as("epoch %d; %s", e, where).isEqualTo(s.expected(e));
    }
    assertThat(results.keySet()).as(where).allMatch(e -> e < s.epochs().size());
  }

  private static List<Long> sorted(List<Long> values) {
    List<Long> copy = values == null ? new ArrayList<>() : new ArrayList<>(values);
    Collections.sort(copy);
    return copy;
  }
}
