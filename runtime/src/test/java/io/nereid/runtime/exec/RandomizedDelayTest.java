package io.nereid.runtime.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.runtime.data.Batch;
import io.nereid.runtime.data.LongBatch;
import io.nereid.runtime.graph.Dataflow;
import io.nereid.runtime.graph.Feedback;
import io.nereid.runtime.graph.Input;
import io.nereid.runtime.graph.Loop;
import io.nereid.runtime.graph.Output;
import io.nereid.runtime.graph.Pact;
import io.nereid.runtime.graph.Probe;
import io.nereid.runtime.graph.StageBuilder;
import io.nereid.runtime.graph.Stream;
import io.nereid.runtime.graph.Vertex;
import io.nereid.runtime.testing.EventLog;
import io.nereid.runtime.testing.PlanDataflow;
import io.nereid.runtime.time.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Vertices that send at later times than the record they got: each value {@code v} of epoch
 * {@code e} is re-sent at epoch {@code e + v mod 4} (through an exchange), and a per-epoch sum
 * downstream must still see every value of an epoch before its notification, whatever the
 * workers, batching and input order. Inside a loop, records skip iterations the same way while a
 * per-iteration count relies on notifications at loop times. Answers are checked against a
 * sequential computation.
 */
class RandomizedDelayTest {
  private static final int RUNS = 40;
  private static final int MAX_DELAY = 3;

  static LongStream seeds() {
    return LongStream.range(0, RUNS).map(i -> 5_003L * i + 1);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void valuesSentAtLaterEpochsAreSummedInTheirNewEpoch(long seed) {
    Random r = new Random(seed);
    Config config = Config.workers(1 + r.nextInt(6)).withExchangeBatch(new int[] {1, 3, 50, 4096}[r.nextInt(4)])
        .withSpinNanos(r.nextBoolean() ? 0 : 20_000);
    int epochs = 1 + r.nextInt(6);
    List<List<Long>> inputs = new ArrayList<>();
    for (int e = 0; e < epochs; e++) {
      List<Long> values = new ArrayList<>();
      for (int i = r.nextInt(200); i > 0; i--) {
        values.add((long) r.nextInt(1000));
      }
      inputs.add(values);
    }
    Map<Long, Long> expected = new TreeMap<>();
    for (int e = 0; e < epochs; e++) {
      for (long v : inputs.get(e)) {
        expected.merge(e + v % (MAX_DELAY + 1), v, Long::sum);
      }
    }
    String where = "seed " + seed + ", " + config + ", " + epochs + " epochs";

    EventLog log = new EventLog();
    Map<Long, Long> sums = new ConcurrentHashMap<>();
    Dataflow df = new Dataflow();
    Input<LongBatch> in = df.input("values", LongBatch.TYPE);
    Stream<LongBatch> delayed = in.stream().unary("delay", Pact.exchange(PlanDataflow.SCATTER), LongBatch.TYPE,
        ctx -> new Vertex() {
          @Override
          public void onRecv(int input, Timestamp time, Batch batch) {
            LongBatch b = (LongBatch) batch;
            Output<LongBatch> out = ctx.output(0);
            LongBatch[] byDelay = new LongBatch[MAX_DELAY + 1];
            for (int i = 0; i < b.size(); i++) {
              int d = (int) (b.get(i) % (MAX_DELAY + 1));
              if (byDelay[d] == null) {
                byDelay[d] = out.newBatch();
              }
              byDelay[d].add(b.get(i));
            }
            for (int d = MAX_DELAY; d >= 0; d--) { // later times first, then the current one
              if (byDelay[d] != null) {
                out.send(time.withEpoch(time.epoch() + d), byDelay[d]);
              }
            }
          }
        });
    Stream<LongBatch> summed = delayed.unary("sum", Pact.exchange(LongBatch.BY_VALUE), LongBatch.TYPE,
        ctx -> new Vertex() {
          private final List<EventLog.Event> events = log.vertex("sum@" + ctx.worker());
          private final Map<Timestamp, long[]> partial = new HashMap<>();

          @Override
          public void onRecv(int input, Timestamp time, Batch batch) {
            events.add(new EventLog.Event(EventLog.Kind.RECV, time));
            LongBatch b = (LongBatch) batch;
            long[] acc = partial.computeIfAbsent(time, t -> {
              events.add(new EventLog.Event(EventLog.Kind.REQUEST, t));
              ctx.notifyAt(t);
              return new long[1];
            });
            for (int i = 0; i < b.size(); i++) {
              acc[0] += b.get(i);
            }
          }

          @Override
          public void onNotify(Timestamp time) {
            events.add(new EventLog.Event(EventLog.Kind.NOTIFY, time));
            Output<LongBatch> out = ctx.output(0);
            LongBatch b = out.newBatch();
            b.add(partial.remove(time)[0]);
            out.send(time, b);
          }
        });
    Stream<LongBatch> collected = summed.unary("collect", Pact.pipeline(), LongBatch.TYPE, ctx -> new Vertex() {
      @Override
      public void onRecv(int input, Timestamp time, Batch batch) {
        LongBatch b = (LongBatch) batch;
        for (int i = 0; i < b.size(); i++) {
          sums.merge(time.epoch(), b.get(i), Long::sum);
        }
      }
    });
    Probe probe = collected.probe();

    try (Computation c = Computation.start(df.build(), config)) {
      InputHandle<LongBatch> h = c.input(in);
      for (int e = 0; e < epochs; e++) {
        List<Long> values = inputs.get(e);
        for (int from = 0; from < values.size(); ) {
          int to = Math.min(values.size(), from + 1 + r.nextInt(60));
          LongBatch b = h.newBatch();
          values.subList(from, to).forEach(b::add);
          h.send(b);
          from = to;
        }
        if (e + 1 < epochs) {
          h.advanceTo(e + 1);
          if (r.nextBoolean()) {
            // Epoch e can no longer receive delayed values from later epochs: it must be complete.
            c.awaitDone(probe, e);
            assertThat(sums.get((long) e)).as("epoch %d when the probe said it was complete; %s", e, where)
                .isEqualTo(expected.get((long) e));
          }
        }
      }
      h.close();
      assertThat(c.join(20, TimeUnit.SECONDS)).as("completed in time; %s", where).isTrue();
    }
    assertThat(log.violations()).as(where).isEmpty();
    assertThat(new TreeMap<>(sums)).as(where).isEqualTo(expected);
  }

  /** A record in the loop: its start value and the steps it has left. */
  private static long record(long start, long left) {
    return start * 16 + left;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void recordsThatSkipIterationsAreCountedAtTheirIteration(long seed) {
    Random r = new Random(seed);
    Config config = Config.workers(1 + r.nextInt(6)).withExchangeBatch(new int[] {1, 3, 50, 4096}[r.nextInt(4)]);
    int epochs = 1 + r.nextInt(3);
    List<List<Long>> starts = new ArrayList<>();
    Map<Timestamp, Long> expectedCounts = new TreeMap<>();
    Map<Long, List<Long>> expectedExits = new TreeMap<>();
    for (int e = 0; e < epochs; e++) {
      List<Long> values = new ArrayList<>();
      for (int i = r.nextInt(80); i > 0; i--) {
        long start = r.nextInt(1000);
        values.add(start);
        // Sequentially: a record with k steps left at iteration i moves to iteration i + 1 + (start + k) mod 2.
        int iteration = 0;
        for (long left = start % 7; ; left--) {
          expectedCounts.merge(Timestamp.of(e, iteration), 1L, Long::sum);
          if (left == 0) {
            break;
          }
          iteration += 1 + (int) ((start + left) % 2);
        }
        expectedExits.computeIfAbsent((long) e, k -> new ArrayList<>()).add(start);
      }
      starts.add(values);
    }
    expectedExits.values().forEach(l -> l.sort(null));
    String where = "seed " + seed + ", " + config + ", " + epochs + " epochs";

    EventLog log = new EventLog();
    Map<Timestamp, Long> counts = new ConcurrentHashMap<>();
    Map<Long, List<Long>> exits = new ConcurrentHashMap<>();
    Dataflow df = new Dataflow();
    Input<LongBatch> in = df.input("starts", LongBatch.TYPE);
    Loop loop = df.loop("skipping");
    Feedback<LongBatch> again = loop.feedback(LongBatch.TYPE);
    Stream<LongBatch> entered = loop.enter(in.stream()).unary("to records", Pact.pipeline(), LongBatch.TYPE,
        ctx -> new Vertex() {
          @Override
          public void onRecv(int input, Timestamp time, Batch batch) {
            LongBatch b = (LongBatch) batch;
            Output<LongBatch> out = ctx.output(0);
            LongBatch records = out.newBatch();
            for (int i = 0; i < b.size(); i++) {
              records.add(record(b.get(i), b.get(i) % 7));
            }
            out.send(time, records);
          }
        });
    StageBuilder step = loop.stage("step");
    step.input(entered, Pact.exchange(PlanDataflow.SCATTER));
    step.input(again.stream(), Pact.exchange(PlanDataflow.SCATTER));
    Stream<LongBatch> onward = step.output(LongBatch.TYPE);
    Stream<LongBatch> done = step.output(LongBatch.TYPE);
    step.build(ctx -> new Vertex() {
      @Override
      public void onRecv(int input, Timestamp time, Batch batch) {
        LongBatch b = (LongBatch) batch;
        Output<LongBatch> next = ctx.output(0);
        Output<LongBatch> out = ctx.output(1);
        for (int i = 0; i < b.size(); i++) {
          long start = b.get(i) / 16;
          long left = b.get(i) % 16;
          if (left == 0) {
            LongBatch one = out.newBatch();
            one.add(start);
            out.send(time, one);
          } else {
            LongBatch one = next.newBatch();
            one.add(record(start, left - 1));
            next.send(time.advanceInner((int) ((start + left) % 2)), one); // maybe skip an iteration
          }
        }
      }
    });
    again.connect(onward);
    // Counts the records present at each loop time, emitted at the notification of that time.
    entered.binary("count", Pact.exchange(LongBatch.BY_VALUE), again.stream(), Pact.exchange(LongBatch.BY_VALUE),
        LongBatch.TYPE, ctx -> new Vertex() {
          private final List<EventLog.Event> events = log.vertex("count@" + ctx.worker());
          private final Map<Timestamp, long[]> partial = new HashMap<>();

          @Override
          public void onRecv(int input, Timestamp time, Batch batch) {
            events.add(new EventLog.Event(EventLog.Kind.RECV, time));
            partial.computeIfAbsent(time, t -> {
              events.add(new EventLog.Event(EventLog.Kind.REQUEST, t));
              ctx.notifyAt(t);
              return new long[1];
            })[0] += batch.size();
          }

          @Override
          public void onNotify(Timestamp time) {
            events.add(new EventLog.Event(EventLog.Kind.NOTIFY, time));
            counts.merge(time, partial.remove(time)[0], Long::sum);
          }
        }).sink("ignore", Pact.pipeline(), ctx -> new Vertex() {});
    loop.leave(done).sink("exits", Pact.pipeline(), ctx -> new Vertex() {
      @Override
      public void onRecv(int input, Timestamp time, Batch batch) {
        LongBatch b = (LongBatch) batch;
        List<Long> into = exits.computeIfAbsent(time.epoch(), e -> Collections.synchronizedList(new ArrayList<>()));
        for (int i = 0; i < b.size(); i++) {
          into.add(b.get(i));
        }
      }
    });

    try (Computation c = Computation.start(df.build(), config)) {
      InputHandle<LongBatch> h = c.input(in);
      for (int e = 0; e < epochs; e++) {
        LongBatch b = h.newBatch();
        starts.get(e).forEach(b::add);
        h.send(b);
        if (e + 1 < epochs) {
          h.advanceTo(e + 1);
        }
      }
      h.close();
      assertThat(c.join(20, TimeUnit.SECONDS)).as("completed in time; %s", where).isTrue();
    }
    assertThat(log.violations()).as(where).isEmpty();
    assertThat(new TreeMap<>(counts)).as("records per loop time; %s", where).isEqualTo(expectedCounts);
    Map<Long, List<Long>> sortedExits = new TreeMap<>();
    exits.forEach((e, l) -> {
      List<Long> copy = new ArrayList<>(l);
      copy.sort(null);
      sortedExits.put(e, copy);
    });
    assertThat(sortedExits).as(where).isEqualTo(expectedExits);
  }
}
