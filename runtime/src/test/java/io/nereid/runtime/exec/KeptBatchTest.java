package io.nereid.runtime.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nereid.runtime.data.Batch;
import io.nereid.runtime.data.LongBatch;
import io.nereid.runtime.graph.Dataflow;
import io.nereid.runtime.graph.Input;
import io.nereid.runtime.graph.Output;
import io.nereid.runtime.graph.Pact;
import io.nereid.runtime.graph.Stream;
import io.nereid.runtime.graph.Vertex;
import io.nereid.runtime.graph.VertexFactory;
import io.nereid.runtime.time.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A vertex that keeps the batches it receives gets them whole, never recycled under it. */
@Timeout(60)
class KeptBatchTest {
  private static final int BATCHES = 200;
  private static final int ROWS = 100;

  /** Copies every value into a batch of its own pool, so that recycled batches come back here first. */
  private static final VertexFactory COPY = ctx -> new Vertex() {
    private final Output<LongBatch> out = ctx.output(0);

    @Override
    public void onRecv(int input, Timestamp time, Batch batch) {
      LongBatch in = (LongBatch) batch;
      LongBatch o = out.newBatch();
      for (int i = 0; i < in.size(); i++) {
        o.add(in.get(i));
      }
      out.send(time, o);
    }
  };

  /** Keeps (or copies) every batch; checks them all once the time completes. */
  private static VertexFactory keeper(AtomicInteger kept, AtomicLong sumAtEnd) {
    return ctx -> new Vertex() {
      private final List<LongBatch> held = new ArrayList<>();

      @Override
      public void onRecv(int input, Timestamp time, Batch batch) {
        LongBatch in = (LongBatch) batch;
        if (ctx.keepBatch()) {
          kept.incrementAndGet();
          held.add(in);
        } else {
          LongBatch copy = new LongBatch();
          copy.addAll(in.array(), in.size());
          held.add(copy);
        }
        ctx.notifyAt(time);
      }

      @Override
      public void onNotify(Timestamp time) {
        long sum = 0;
        for (LongBatch b : held) {
          for (int i = 0; i < b.size(); i++) {
            sum += b.get(i);
          }
        }
        sumAtEnd.addAndGet(sum);
      }
    };
  }

  private static long expectedSum() {
    long n = (long) BATCHES * ROWS;
    return n * (n - 1) / 2;
  }

  private static void feed(Computation c, Input<LongBatch> in) {
    InputHandle<LongBatch> h = c.input(in);
    long v = 0;
    for (int b = 0; b < BATCHES; b++) {
      LongBatch batch = h.newBatch();
      for (int i = 0; i < ROWS; i++) {
        batch.add(v++);
      }
      h.send(batch);
    }
    h.close();
    c.join();
  }

  @Test
  void aSoleReaderKeepsItsBatchesWhole() {
    Dataflow df = new Dataflow();
    Input<LongBatch> in = df.input("numbers", LongBatch.TYPE);
    Stream<LongBatch> copies = in.stream().unary("copy", Pact.pipeline(), LongBatch.TYPE, COPY);
    AtomicInteger kept = new AtomicInteger();
    AtomicLong sum = new AtomicLong();
    copies.sink("keep", Pact.pipeline(), keeper(kept, sum));
    try (Computation c = Computation.start(df.build(), Config.workers(1))) {
      feed(c, in);
    }
    assertThat(kept.get()).isEqualTo(BATCHES);
    assertThat(sum.get()).as("no kept batch was recycled and refilled").isEqualTo(expectedSum());
  }

  @Test
  void sharedBatchesAreNotHandedOver() {
    Dataflow df = new Dataflow();
    Input<LongBatch> in = df.input("numbers", LongBatch.TYPE);
    Stream<LongBatch> copies = in.stream().unary("copy", Pact.pipeline(), LongBatch.TYPE, COPY);
    AtomicInteger kept = new AtomicInteger();
    AtomicLong first = new AtomicLong();
    AtomicLong second = new AtomicLong();
    copies.sink("keep 1", Pact.pipeline(), keeper(kept, first));
    copies.sink("keep 2", Pact.pipeline(), keeper(kept, second));
    try (Computation c = Computation.start(df.build(), Config.workers(1))) {
      feed(c, in);
    }
    // the first reader of each batch shares it with the second; the second may take it
    assertThat(first.get()).isEqualTo(expectedSum());
    assertThat(second.get()).isEqualTo(expectedSum());
    assertThat(kept.get()).isLessThanOrEqualTo(BATCHES);
  }

  @Test
  void keepingOutsideOnRecvIsRefused() {
    Dataflow df = new Dataflow();
    Input<LongBatch> in = df.input("numbers", LongBatch.TYPE);
    AtomicInteger refused = new AtomicInteger();
    in.stream().sink("late", Pact.pipeline(), ctx -> new Vertex() {
      @Override
      public void onRecv(int input, Timestamp time, Batch batch) {
        ctx.notifyAt(time);
      }

      @Override
      public void onNotify(Timestamp time) {
        assertThatThrownBy(ctx::keepBatch).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("during onRecv only");
        refused.incrementAndGet();
      }
    });
    try (Computation c = Computation.start(df.build(), Config.workers(1))) {
      InputHandle<LongBatch> h = c.input(in);
      LongBatch b = h.newBatch();
      b.add(1);
      h.send(b);
      h.close();
      c.join();
    }
    assertThat(refused.get()).isEqualTo(1);
  }
}
