package io.nereid.runtime.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.datagen.EdgeList;
import io.nereid.datagen.Rmat;
import io.nereid.runtime.exec.Config;
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
}
