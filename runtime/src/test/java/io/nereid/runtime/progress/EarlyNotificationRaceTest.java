package io.nereid.runtime.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.runtime.data.Batch;
import io.nereid.runtime.data.LongBatch;
import io.nereid.runtime.data.Partitioner;
import io.nereid.runtime.exec.Computation;
import io.nereid.runtime.exec.Config;
import io.nereid.runtime.exec.InputHandle;
import io.nereid.runtime.graph.Dataflow;
import io.nereid.runtime.graph.Input;
import io.nereid.runtime.graph.Output;
import io.nereid.runtime.graph.Pact;
import io.nereid.runtime.graph.Stream;
import io.nereid.runtime.graph.Vertex;
import io.nereid.runtime.time.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * End to end: a producer on worker 0 sends two batches at the same time to a consumer on worker
 * 1, pausing in between (as a slow vertex or a preempted thread would). The consumer must not be
 * notified at that time before it has received the second batch.
 */
@Timeout(60)
class EarlyNotificationRaceTest {

  @Test
  void noNotificationWhileTheProducerStillSendsAtThatTime() {
    Dataflow df = new Dataflow();
    Input<LongBatch> in = df.input("numbers", LongBatch.TYPE);
    Partitioner<LongBatch> toWorker1 = (batch, out) -> {
      for (int i = 0; i < batch.size(); i++) {
        out[1].add(batch.get(i));
      }
    };
    Stream<LongBatch> produced = in.stream().unary("producer", Pact.pipeline(), LongBatch.TYPE, ctx -> new Vertex() {
      @Override
      public void onRecv(int input, Timestamp time, Batch batch) {
        LongBatch b = (LongBatch) batch;
        Output<LongBatch> out = ctx.output(0);
        for (int i = 0; i < b.size(); i++) {
          LongBatch one = out.newBatch();
          one.add(b.get(i));
          out.send(time, one); // exchangeBatch 1: shipped to worker 1 at once
          sleep(300);
        }
      }
    });
    List<String> events = Collections.synchronizedList(new ArrayList<>());
    produced.sink("consumer", Pact.exchange(toWorker1), ctx -> new Vertex() {
      @Override
      public void onRecv(int input, Timestamp time, Batch batch) {
        events.add("recv " + time + " " + batch);
        ctx.notifyAt(time);
      }

      @Override
      public void onNotify(Timestamp time) {
        events.add("notify " + time);
      }
    });
    try (Computation c = Computation.start(df.build(), Config.workers(2).withExchangeBatch(1))) {
      InputHandle<LongBatch> h = c.input(in);
      LongBatch b = h.newBatch();
      b.add(1);
      b.add(2);
      h.sendTo(0, b);
      h.close();
      assertThat(c.join(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(events).containsExactly("recv (0) [1]", "recv (0) [2]", "notify (0)");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
