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
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Several processes of one computation (in one JVM, connected by in-memory peers with random
 * delays) must give exactly the single-process answer.
 */
@Timeout(120)
class MultiProcessTest {

  /** Per epoch: the sum of the values, computed after an exchange; and how many workers saw records. */
  private static final class SumGraph {
    final Dataflow df = new Dataflow();
    final Input<LongBatch> in = df.input("numbers", LongBatch.TYPE);
    final Map<Long, Long> sums = new ConcurrentHashMap<>();
    final Probe probe;
    final Graph graph;

    SumGraph() {
      Stream<LongBatch> partial = in.stream().unary("sum", Pact.exchange(LongBatch.BY_VALUE), LongBatch.TYPE,
          TestGraphs::sumPerTime);
      // Every partial sum goes to worker 0 of the whole computation (key 0 hashes somewhere fixed).
      partial.sink("total", Pact.exchange((batch, out) -> {
        for (int i = 0; i < batch.size(); i++) {
          out[0].add(batch.get(i));
        }
      }), ctx -> new Vertex() {
        @Override
        public void onRecv(int input, Timestamp time, Batch batch) {
          LongBatch b = (LongBatch) batch;
          for (int i = 0; i < b.size(); i++) {
            sums.merge(time.epoch(), b.get(i), Long::sum);
          }
        }
      });
      probe = partial.probe();
      graph = df.build();
    }
  }

  @ParameterizedTest(name = "{0} processes x {1} workers, delays up to {2} us")
  @CsvSource({"2, 2, 0", "3, 2, 0", "2, 2, 200", "3, 1, 500"})
  void sumsEqualTheSingleProcessAnswer(int processes, int workers, int delay) {
    SumGraph g = new SumGraph();
    try (InMemoryCluster cluster = new InMemoryCluster(g.graph, Config.workers(workers), processes, 7, delay)) {
      for (int epoch = 0; epoch < 4; epoch++) {
        for (int p = 0; p < processes; p++) {
          InputHandle<LongBatch> h = handle(cluster, g, p);
          LongBatch b = h.newBatch();
          for (int v = 1; v <= 1000; v++) {
            b.add(v + 1000L * p + 100_000L * epoch);
          }
          h.send(b);
          h.advanceTo(epoch + 1);
        }
        for (int p = 0; p < processes; p++) {
          cluster.process(p).awaitDone(g.probe, epoch);
        }
      }
      for (int p = 0; p < processes; p++) {
        handle(cluster, g, p).close();
      }
      cluster.join();
    }
    for (int epoch = 0; epoch < 4; epoch++) {
      long expected = 0;
      for (int p = 0; p < processes; p++) {
        for (int v = 1; v <= 1000; v++) {
          expected += v + 1000L * p + 100_000L * epoch;
        }
      }
      assertThat(g.sums.get((long) epoch)).as("epoch %d", epoch).isEqualTo(expected);
    }
  }

  private final Map<String, InputHandle<LongBatch>> handles = new HashMap<>();

  private InputHandle<LongBatch> handle(InMemoryCluster cluster, SumGraph g, int p) {
    return handles.computeIfAbsent(System.identityHashCode(cluster) + "/" + p, k -> cluster.process(p).input(g.in));
  }

  @ParameterizedTest(name = "{0} processes x {1} workers")
  @CsvSource({"2, 2, 0", "3, 2, 300"})
  void valuesGoAroundALoopAcrossProcesses(int processes, int workers, int delay) {
    TestGraphs.CountingLoop g = TestGraphs.CountingLoop.upTo(200);
    try (InMemoryCluster cluster = new InMemoryCluster(g.graph(), Config.workers(workers), processes, 3, delay)) {
      for (int p = 0; p < processes; p++) {
        InputHandle<LongBatch> h = cluster.process(p).input(g.input());
        LongBatch b = h.newBatch();
        b.add(p * 10L);
        h.send(b);
        h.close();
      }
      cluster.join();
    }
    assertThat(g.reached()).containsExactly(Map.entry(200L, 200));
  }

  @Test
  void aLostPeerEndsTheComputationWithItsName() {
    SumGraph g = new SumGraph();
    try (InMemoryCluster cluster = new InMemoryCluster(g.graph, Config.workers(1), 2, 1, 0)) {
      cluster.process(0).peerFailed(1, "connection reset");
      assertThatThrownBy(() -> cluster.process(0).join())
          .isInstanceOf(ComputationException.class)
          .hasMessage("process 1 was lost: connection reset");
    }
  }
}
