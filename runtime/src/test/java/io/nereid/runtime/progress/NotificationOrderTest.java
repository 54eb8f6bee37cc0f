package io.nereid.runtime.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.runtime.data.Batch;
import io.nereid.runtime.data.LongBatch;
import io.nereid.runtime.exec.Computation;
import io.nereid.runtime.exec.Config;
import io.nereid.runtime.exec.InputHandle;
import io.nereid.runtime.graph.Dataflow;
import io.nereid.runtime.graph.Input;
import io.nereid.runtime.graph.Pact;
import io.nereid.runtime.graph.Vertex;
import io.nereid.runtime.time.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Notifications are delivered in timestamp order (issue 2, progress tracking): a notification
 * at (1) requested while (0) is being delivered must come before the already ready (2).
 */
@Timeout(60)
class NotificationOrderTest {

  @Test
  void aNotificationRequestedDuringAnotherComesBeforeLaterReadyOnes() {
    Dataflow df = new Dataflow();
    Input<LongBatch> in = df.input("numbers", LongBatch.TYPE);
    List<String> events = Collections.synchronizedList(new ArrayList<>());
    in.stream().sink("notified", Pact.pipeline(), ctx -> new Vertex() {
      @Override
      public void onRecv(int input, Timestamp time, Batch batch) {
        ctx.notifyAt(Timestamp.of(0));
        ctx.notifyAt(Timestamp.of(2));
      }

      @Override
      public void onNotify(Timestamp time) {
        events.add("notify " + time);
        if (time.equals(Timestamp.of(0))) {
          ctx.notifyAt(Timestamp.of(1));
        }
      }
    });
    try (Computation c = Computation.start(df.build(), Config.workers(1))) {
      InputHandle<LongBatch> h = c.input(in);
      LongBatch b = h.newBatch();
      b.add(1);
      h.send(b);
      h.close();
      assertThat(c.join(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(events).containsExactly("notify (0)", "notify (1)", "notify (2)");
  }
}
