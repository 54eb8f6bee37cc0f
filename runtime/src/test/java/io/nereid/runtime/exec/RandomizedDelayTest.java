package io.nereid.runtime.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.runtime.data.Batch;
import io.nereid.runtime.data.LongBatch;
import io.nereid.runtime.graph.Dataflow;
import io.nereid.runtime.graph.Input;
import io.nereid.runtime.graph.Output;
import io.nereid.runtime.graph.Pact;
import io.nereid.runtime.graph.Probe;
import io.nereid.runtime.graph.Stream;
import io.nereid.runtime.graph.Vertex;
import io.nereid.runtime.testing.EventLog;
import io.nereid.runtime.testing.PlanDataflow;
import io.nereid.runtime.time.Timestamp;
import java.util.ArrayList;
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
 * workers, batching and input order. Answers are checked against a sequential computation.
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
}
