package io.nereid.runtime.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nereid.runtime.data.Batch;
import io.nereid.runtime.data.LongBatch;
import io.nereid.runtime.exec.Computation;
import io.nereid.runtime.exec.ComputationException;
import io.nereid.runtime.exec.Config;
import io.nereid.runtime.exec.InputHandle;
import io.nereid.runtime.time.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What a vertex may do with its {@link VertexContext}, enforced at run time: send and ask for
 * notifications only during a callback and never at earlier times, use only declared outputs.
 * Breaking a rule ends the computation with an error naming the stage.
 */
@Timeout(60)
class VertexContractTest {

  /** Runs one record at epoch 1 through a stage whose onRecv does {@code action}; returns the failure, if any. */
  private static Throwable runWith(BiConsumer<VertexContext, Timestamp> action) {
    Dataflow df = new Dataflow();
    Input<LongBatch> in = df.input("numbers", LongBatch.TYPE);
    in.stream().unary("rule breaker", Pact.pipeline(), LongBatch.TYPE, ctx -> new Vertex() {
      @Override
      public void onRecv(int input, Timestamp time, Batch batch) {
        action.accept(ctx, time);
      }
    }).sink("sink", Pact.pipeline(), ctx -> new Vertex() {});
    try (Computation c = Computation.start(df.build(), Config.workers(1))) {
      InputHandle<LongBatch> h = c.input(in);
      h.advanceTo(1);
      LongBatch b = h.newBatch();
      b.add(7);
      h.send(b);
      h.close();
      try {
        c.join();
        return null;
      } catch (ComputationException e) {
        return e;
      }
    }
  }

  private static void send(VertexContext ctx, Timestamp time) {
    Output<LongBatch> out = ctx.output(0);
    LongBatch b = out.newBatch();
    b.add(1);
    out.send(time, b);
  }

  @Test
  void sendingAtTheCallbacksTimeOrLaterIsAllowed() {
    assertThat(runWith((ctx, t) -> {
      send(ctx, t);
      send(ctx, Timestamp.of(5));
      ctx.notifyAt(t);
      ctx.notifyAt(Timestamp.of(3));
    })).isNull();
  }

  @Test
  void sendingAtAnEarlierTimeEndsTheComputation() {
    assertThat(runWith((ctx, t) -> send(ctx, Timestamp.of(0))))
        .isInstanceOf(ComputationException.class)
        .hasMessageContaining("stage 'rule breaker' failed on worker 0 at time (1)")
        .hasMessageContaining("sent at (0) while it may only send at times >= (1)");
  }

  @Test
  void sendingATimeOfAnotherDepthEndsTheComputation() {
    assertThat(runWith((ctx, t) -> send(ctx, Timestamp.of(1, 0))))
        .isInstanceOf(ComputationException.class)
        .hasMessageContaining("sent at (1, 0) while it may only send at times >= (1)");
  }

  @Test
  void askingForAnEarlierNotificationEndsTheComputation() {
    assertThat(runWith((ctx, t) -> ctx.notifyAt(Timestamp.of(0))))
        .isInstanceOf(ComputationException.class)
        .hasMessageContaining("asked for a notification at (0) during a callback at (1)");
  }

  @Test
  void usingAnUndeclaredOutputEndsTheComputation() {
    assertThat(runWith((ctx, t) -> ctx.output(3)))
        .isInstanceOf(ComputationException.class)
        .hasMessageContaining("stage 'rule breaker' has 1 outputs, not an output 3");
  }

  @Test
  void sendingOutsideACallbackIsRefused() {
    List<VertexContext> kept = Collections.synchronizedList(new ArrayList<>());
    assertThat(runWith((ctx, t) -> kept.add(ctx))).isNull();
    VertexContext ctx = kept.get(0);
    assertThatThrownBy(() -> send(ctx, Timestamp.of(9)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("outside onRecv/onNotify");
    assertThatThrownBy(() -> ctx.notifyAt(Timestamp.of(9)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("outside onRecv/onNotify");
  }

  @Test
  void askingForANotificationWhileTheVertexIsCreatedIsRefused() {
    Dataflow df = new Dataflow();
    Input<LongBatch> in = df.input("numbers", LongBatch.TYPE);
    in.stream().sink("eager", Pact.pipeline(), ctx -> {
      ctx.notifyAt(Timestamp.of(0));
      return new Vertex() {};
    });
    Graph g = df.build();
    assertThatThrownBy(() -> Computation.start(g, Config.workers(1)).close())
        .hasMessageContaining("stage 'eager' asked for a notification outside onRecv/onNotify");
  }

  @Test
  void theContextDescribesTheWorker() {
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    Dataflow df = new Dataflow();
    Input<LongBatch> in = df.input("numbers", LongBatch.TYPE);
    in.stream().sink("who", Pact.pipeline(), ctx -> {
      seen.add(ctx.stageName() + " " + ctx.worker() + "/" + ctx.workers());
      return new Vertex() {};
    });
    try (Computation c = Computation.start(df.build(), Config.workers(3))) {
      c.input(in).close();
      c.join();
    }
    assertThat(seen).containsExactlyInAnyOrder("who 0/3", "who 1/3", "who 2/3");
  }
}
