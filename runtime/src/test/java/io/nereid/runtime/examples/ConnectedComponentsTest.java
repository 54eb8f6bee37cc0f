package io.nereid.runtime.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.datagen.EdgeList;
import io.nereid.datagen.Rmat;
import io.nereid.runtime.comm.LocalFabric;
import io.nereid.runtime.exec.Cluster;
import io.nereid.runtime.exec.Config;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(120)
class ConnectedComponentsTest {

  @ParameterizedTest(name = "{0} workers")
  @ValueSource(ints = {1, 2, 3, 8})
  void labelsEqualUnionFindOnAnRmatGraph(int workers) {
    EdgeList g = Rmat.generate(12, 4, 7);
    int nodes = 1 << 12;
    long[] labels = ConnectedComponents.run(g.src(), g.dst(), nodes, Config.workers(workers));
    assertThat(labels).containsExactly(UnionFind.smallestIdPerComponent(g.src(), g.dst(), nodes));
  }

  @ParameterizedTest(name = "{0} processes x 2 workers")
  @ValueSource(ints = {2, 3})
  void processesOverAFabricAgreeWithUnionFind(int processes) throws Exception {
    EdgeList g = Rmat.generate(12, 4, 11);
    int nodes = 1 << 12;
    List<LocalFabric> fabrics = LocalFabric.create(processes);
    ExecutorService pool = Executors.newFixedThreadPool(processes);
    try {
      List<Future<long[]>> results = new ArrayList<>();
      for (LocalFabric f : fabrics) {
        results.add(pool.submit(() -> ConnectedComponents.run(g.src(), g.dst(), nodes, Cluster.over(f, Config.workers(2)))));
      }
      assertThat(results.get(0).get(60, TimeUnit.SECONDS))
          .containsExactly(UnionFind.smallestIdPerComponent(g.src(), g.dst(), nodes));
      for (Future<long[]> r : results) {
        r.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
      fabrics.forEach(LocalFabric::close);
    }
  }
}
