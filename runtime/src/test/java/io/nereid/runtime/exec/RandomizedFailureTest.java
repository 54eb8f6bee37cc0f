package io.nereid.runtime.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.nereid.runtime.data.Batch;
import io.nereid.runtime.data.LongBatch;
import io.nereid.runtime.graph.Dataflow;
import io.nereid.runtime.graph.Input;
import io.nereid.runtime.graph.Probe;
import io.nereid.runtime.graph.Vertex;
import io.nereid.runtime.testing.EventLog;
import io.nereid.runtime.testing.Plan;
import io.nereid.runtime.testing.PlanDataflow;
import io.nereid.runtime.testing.PlanVertex;
import io.nereid.runtime.time.Timestamp;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random graphs in which one vertex of one stage throws at a random callback: the computation
 * must end (no hang) with a {@link ComputationException} naming that stage and carrying the
 * cause, whether the controlling thread is feeding input, waiting for an epoch, or joining. If
 * the chosen callback never happens (no data reached it), the run completes normally.
 */
class RandomizedFailureTest {
  private static final int RUNS = 60;

  static LongStream seeds() {
    return LongStream.range(0, RUNS).map(i -> 7_919L * i + 3);
  }

  /** Thrown by the chosen vertex. */
  static final class Injected extends RuntimeException {
    Injected(String message) {
      super(message);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aFailingVertexEndsTheComputationWithItsError(long seed) {
    Random r = new Random(seed);
    List<Plan.Step> plan = Plan.random(r, 3 + r.nextInt(8));
    Config config = Config.workers(1 + r.nextInt(6)).withExchangeBatch(1 + r.nextInt(64));
    int failingStage = r.nextInt(3);
    int failingWorker = r.nextInt(config.workers());
    int failAfter = r.nextInt(2);
    boolean inNotify = r.nextInt(3) == 0;
    String where = "seed " + seed + ", " + config + ", stage s" + failingStage + " worker " + failingWorker
        + ", plan " + plan;
    AtomicBoolean thrown = new AtomicBoolean();
    EventLog log = new EventLog();

    Dataflow df = new Dataflow();
    Input<LongBatch> in = df.input("input", LongBatch.TYPE);
    PlanDataflow builder = new PlanDataflow((name, step) -> ctx -> {
      Vertex v = new PlanVertex(ctx, step, log, seed);
      if (!name.startsWith("s" + failingStage + ":") || ctx.worker() != failingWorker) {
        return v;
      }
      return new Vertex() {
        private int calls;

        @Override
        public void onRecv(int input, Timestamp time, Batch batch) {
          if (!inNotify) {
            maybeFail(time);
          }
          v.onRecv(input, time, batch);
        }

        @Override
        public void onNotify(Timestamp time) {
          maybeFail(time);
          v.onNotify(time);
        }

        private void maybeFail(Timestamp time) {
          if (calls++ == failAfter) {
            thrown.set(true);
            throw new Injected("injected at " + time);
          }
        }
      };
    });
    Probe probe = builder.build(in.stream(), plan).probe();

    Throwable failure;
    try (Computation c = Computation.start(df.build(), config)) {
      failure = catchThrowable(() -> {
        InputHandle<LongBatch> h = c.input(in);
        for (int e = 0; e < 3; e++) {
          for (int b = 0; b < 3; b++) {
            LongBatch batch = h.newBatch();
            for (int i = r.nextInt(100); i > 0; i--) {
              batch.add(r.nextInt((int) Plan.MOD));
            }
            h.send(batch);
          }
          h.advanceTo(e + 1);
          if (r.nextBoolean()) {
            c.awaitDone(probe, e);
          }
        }
        h.close();
        assertThat(c.join(20, TimeUnit.SECONDS)).as("ended in time; %s", where).isTrue();
      });
      if (failure != null) {
        // The workers stop, and joining reports the same failure.
        Throwable again = catchThrowable(() -> assertThat(c.join(20, TimeUnit.SECONDS)).isTrue());
        assertThat(again).as("joining after the failure; %s", where).isInstanceOf(ComputationException.class);
      }
    }
    if (!thrown.get()) {
      assertThat(failure).as("no failure was injected; %s", where).isNull();
      return;
    }
    assertThat(failure).as(where).isInstanceOf(ComputationException.class)
        .hasMessageContaining("stage 's" + failingStage + ":")
        .hasMessageContaining("failed on worker " + failingWorker)
        .hasMessageContaining("injected at");
    assertThat(rootCause(failure)).isInstanceOf(Injected.class);
  }

  private static Throwable rootCause(Throwable t) {
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }
}
