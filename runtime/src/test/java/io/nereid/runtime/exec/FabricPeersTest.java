package io.nereid.runtime.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nereid.runtime.comm.LocalFabric;
import io.nereid.runtime.comm.LongBatchCodec;
import io.nereid.runtime.data.LongBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Processes connected by a fabric: batches and progress encoded on the wire, same answers as one process. */
@Timeout(120)
class FabricPeersTest {

  @ParameterizedTest(name = "{0} processes x 2 workers")
  @ValueSource(ints = {2, 3})
  void aLoopAcrossProcessesGivesTheSingleProcessAnswer(int processes) {
    TestGraphs.CountingLoop g = TestGraphs.CountingLoop.upTo(300);
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
    TestGraphs.CountingLoop g = TestGraphs.CountingLoop.upTo(300);
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
