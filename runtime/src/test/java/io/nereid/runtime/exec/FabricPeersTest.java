package io.nereid.runtime.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nereid.runtime.comm.LocalFabric;
import io.nereid.runtime.comm.LongBatchCodec;
import io.nereid.runtime.data.Batch;
import io.nereid.runtime.data.LongBatch;
import io.nereid.runtime.graph.Dataflow;
import io.nereid.runtime.graph.Feedback;
import io.nereid.runtime.graph.Graph;
import io.nereid.runtime.graph.Input;
import io.nereid.runtime.graph.Loop;
import io.nereid.runtime.graph.Output;
import io.nereid.runtime.graph.Pact;
import io.nereid.runtime.graph.Stream;
import io.nereid.runtime.graph.Vertex;
import io.nereid.runtime.time.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Processes connected by a fabric: batches and progress encoded on the wire, same answers as one process. */
@Timeout(120)
class FabricPeersTest {

  private record LoopGraph(Graph graph, Input<LongBatch> input, Map<Long, Integer> reached) {}

  private static LoopGraph loopGraph() {
    Dataflow df = new Dataflow();
    Input<LongBatch> in = df.input("start", LongBatch.TYPE);
    Loop loop = df.loop("count");
    Feedback<LongBatch> fb = loop.feedback(LongBatch.TYPE);
    Map<Long, Integer> reached = new ConcurrentHashMap<>();
    Stream<LongBatch> body = loop.enter(in.stream()).binary("step", Pact.exchange(LongBatch.BY_VALUE), fb.stream(),
        Pact.exchange(LongBatch.BY_VALUE), LongBatch.TYPE, ctx -> new Vertex() {
          @Override
          public void onRecv(int input, Timestamp time, Batch batch) {
            LongBatch b = (LongBatch) batch;
            Output<LongBatch> out = ctx.output(0);
            LongBatch next = out.newBatch();
            for (int i = 0; i < b.size(); i++) {
              if (b.get(i) < 300) {
                next.add(b.get(i) + 1);
              } else {
                reached.merge(b.get(i), time.inner(), Math::max);
              }
            }
            out.send(time, next);
          }
        });
    fb.connect(body);
    loop.leave(body).probe();
    return new LoopGraph(df.build(), in, reached);
  }

  @ParameterizedTest(name = "{0} processes x 2 workers")
  @ValueSource(ints = {2, 3})
  void aLoopAcrossProcessesGivesTheSingleProcessAnswer(int processes) {
    LoopGraph g = loopGraph();
    List<LocalFabric> fabrics = LocalFabric.create(processes);
    List<Computation> computations = new ArrayList<>();
    try {
      for (int p = 0; p < processes; p++) {
        FabricPeers peers = new FabricPeers(fabrics.get(p), g.graph(), List.of(LongBatchCodec.INSTANCE));
        Computation c = Computation.start(g.graph(), Config.workers(2).withProcess(processes, p), peers);
        peers.attach(c);
        computations.add(c);
      }
      for (int p = 0; p < processes; p++) {
        InputHandle<LongBatch> h = computations.get(p).input(g.input());
        LongBatch b = h.newBatch();
        for (long v = p; v < 100; v += processes) {
          b.add(v);
        }
        h.send(b);
        h.close();
      }
      for (Computation c : computations) {
        c.join();
      }
    } finally {
      computations.forEach(Computation::close);
      fabrics.forEach(LocalFabric::close);
    }
    assertThat(g.reached()).containsExactly(Map.entry(300L, 300));
  }

  @Test
  void aTypeWithoutACodecIsRefusedNamingTheStage() {
    LoopGraph g = loopGraph();
    List<LocalFabric> fabrics = LocalFabric.create(2);
    try {
      assertThatThrownBy(() -> new FabricPeers(fabrics.get(0), g.graph(), List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("no codec for the batch types that cross processes: 'long' (exchanged from stage 'feedback count'), "
              + "'long' (exchanged from stage 'enter count')");
    } finally {
      fabrics.forEach(LocalFabric::close);
    }
  }
}
