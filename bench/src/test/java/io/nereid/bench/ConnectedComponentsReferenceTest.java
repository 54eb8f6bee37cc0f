package io.nereid.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.datagen.EdgeList;
import io.nereid.datagen.Rmat;
import io.nereid.runtime.examples.ConnectedComponents;
import io.nereid.runtime.exec.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class ConnectedComponentsReferenceTest {

    @Test
    void unionFindLabelsEachNodeWithTheSmallestIdOfItsComponent() {
        // 0-3, 3-5 | 1-4 | 2 alone (with a self loop) | 6 alone
        long[] src = {3, 4, 5, 2};
        long[] dst = {0, 1, 3, 2};
        assertThat(UnionFind.smallestIdPerComponent(src, dst, 7)).containsExactly(0, 1, 2, 0, 1, 0, 6);
    }

    @Test
    void theLoopAgreesWithUnionFindOnAHandMadeGraph() {
        // a path whose smallest id is at the far end: 6-5-4-3-2-1-0, plus 8-7 and 9 alone
        long[] src = {6, 5, 4, 3, 2, 1, 8, 9};
        long[] dst = {5, 4, 3, 2, 1, 0, 7, 9};
        assertThat(LabelPropagationLoop.labels(src, dst, 10)).containsExactly(0, 0, 0, 0, 0, 0, 0, 7, 7, 9);
    }

    @Test
    void theLoopTheRuntimeAndUnionFindAgreeOnAnRmatGraph() {
        EdgeList g = Rmat.generate(12, 4, 42);
        int nodes = 1 << 12;
        long[] expected = UnionFind.smallestIdPerComponent(g.src(), g.dst(), nodes);
        assertThat(LabelPropagationLoop.labels(g.src(), g.dst(), nodes)).containsExactly(expected);
        assertThat(ConnectedComponents.run(g.src(), g.dst(), nodes, Config.workers(2))).containsExactly(expected);
    }
}
