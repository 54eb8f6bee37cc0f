package io.nereid.runtime.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nereid.runtime.data.Batch;
import io.nereid.runtime.data.LongBatch;
import io.nereid.runtime.graph.Dataflow;
import io.nereid.runtime.graph.Graph;
import io.nereid.runtime.graph.Input;
import io.nereid.runtime.graph.Pact;
import io.nereid.runtime.graph.Probe;
import io.nereid.runtime.graph.Stream;
import io.nereid.runtime.graph.Vertex;
import io.nereid.runtime.time.Timestamp;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(60)
class BasicComputationTest {

  /** Sums all values per epoch after an exchange, emitting the sum when the epoch completes. */
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4})
  void sumsPerEpochAfterExchange(int workers) {
    Dataflow df = new Dataflow();
    Input<LongBatch> in = df.input("numbers", LongBatch.TYPE);
    Map<Long, Long> sums = new ConcurrentHashMap<>();
    Stream<LongBatch> partial = in.stream().unary("sum", Pact.exchange(LongBatch.BY_VALUE), LongBatch.TYPE,
        TestGraphs::sumPerTime);
    partial.sink("collect", Pact.pipeline(), ctx -> new Vertex() {
      @Override
      public void onRecv(int input, Timestamp time, Batch batch) {
        LongBatch b = (LongBatch) batch;
        for (int i = 0; i < b.size(); i++) {
          sums.merge(time.epoch(), b.get(i), Long::sum);
        }
      }
    });
    Probe probe = partial.probe();
    Graph g = df.build();
    try (Computation c = Computation.start(g, Config.workers(workers))) {
      InputHandle<LongBatch> h = c.input(in);
      for (int epoch = 0; epoch < 5; epoch++) {
        for (int k = 0; k < 3; k++) {
          LongBatch b = h.newBatch();
          for (int v = 1; v <= 1000; v++) {
            b.add(v * (epoch + 1));
          }
          h.send(b);
        }
        h.advanceTo(epoch + 1);
        c.awaitDone(probe, epoch);
        assertThat(sums.get((long) epoch)).isEqualTo(3L * 500500 * (epoch + 1));
      }
      h.close();
      assertThat(c.join(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  /** A loop that increments every value until it reaches 100. */
  @ParameterizedTest
  @ValueSource(ints = {1, 3})
  void loopCountsToOneHundred(int workers) {
    TestGraphs.CountingLoop g = TestGraphs.CountingLoop.upTo(100);
    try (Computation c = Computation.start(g.graph(), Config.workers(workers))) {
      InputHandle<LongBatch> h = c.input(g.input());
      LongBatch b = h.newBatch();
      b.add(0);
      b.add(50);
      h.send(b);
      h.close();
      c.join();
    }
    assertThat(g.reached()).containsEntry(100L, 100);
  }

  @Test
  void anExceptionInAVertexEndsTheComputationWithItsStage() {
    Dataflow df = new Dataflow();
    Input<LongBatch> in = df.input("numbers", LongBatch.TYPE);
    in.stream().sink("explode", Pact.pipeline(), ctx -> new Vertex() {
      @Override
      public void onRecv(int input, Timestamp time, Batch batch) {
        throw new IllegalArgumentException("boom");
      }
    });
    try (Computation c = Computation.start(df.build(), Config.workers(2))) {
      InputHandle<LongBatch> h = c.input(in);
      LongBatch b = h.newBatch();
      b.add(1);
      h.send(b);
      assertThatThrownBy(c::join)
          .isInstanceOf(ComputationException.class)
          .hasMessageContaining("stage 'explode' failed on worker 0 at time (0): java.lang.IllegalArgumentException: boom");
    }
  }
}
