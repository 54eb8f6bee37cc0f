package io.nereid.datagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RmatTest {

    @Test
    void sameSeedGivesTheSameGraphAndAnotherSeedAnotherGraph() {
        EdgeList first = Rmat.generate(10, 8, 42);
        EdgeList again = Rmat.generate(10, 8, 42);
        EdgeList other = Rmat.generate(10, 8, 43);
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void streamingGivesTheSameEdgesInTheSameOrderAsInMemory() throws Exception {
        // 2.5 chunks: checks chunk offsets and the partial last chunk.
        int scale = 12;
        int edgeFactor = 40;
        EdgeList inMemory = Rmat.generate(scale, edgeFactor, 7);
        long[] src = new long[inMemory.size()];
        long[] dst = new long[inMemory.size()];
        int[] filled = {0};
        Rmat.generate(scale, edgeFactor, 7, (s, d, count) -> {
            System.arraycopy(s, 0, src, filled[0], count);
            System.arraycopy(d, 0, dst, filled[0], count);
            filled[0] += count;
        });
        assertThat(filled[0]).isEqualTo(inMemory.size());
        assertThat(new EdgeList(src, dst)).isEqualTo(inMemory);
    }

    @ParameterizedTest
    @CsvSource({"1,1", "3,5", "10,8", "12,16"})
    void hasEdgeFactorTimesTwoToTheScaleEdgesWithIdsInRange(int scale, int edgeFactor) {
        EdgeList edges = Rmat.generate(scale, edgeFactor, 1);
        long nodes = 1L << scale;
        assertThat(edges.size()).isEqualTo(edgeFactor * (int) nodes);
        assertThat(Rmat.edgeCount(scale, edgeFactor)).isEqualTo(edges.size());
        assertThat(Rmat.nodeCount(scale)).isEqualTo(nodes);
        assertThat(Arrays.stream(edges.src()).allMatch(id -> id >= 0 && id < nodes)).as("src ids in [0, %d)", nodes).isTrue();
        assertThat(Arrays.stream(edges.dst()).allMatch(id -> id >= 0 && id < nodes)).as("dst ids in [0, %d)", nodes).isTrue();
    }

    @Test
    void nodePermutationIsABijectionThatMovesNodes() {
        int[] perm = Rmat.permutation(12, 99);
        int[] sorted = perm.clone();
        Arrays.sort(sorted);
        assertThat(sorted).isEqualTo(IntStream.range(0, 1 << 12).toArray());
        long fixedPoints = IntStream.range(0, perm.length).filter(i -> perm[i] == i).count();
        assertThat(fixedPoints).as("nodes left in place by the permutation").isLessThan(20);
        assertThat(Rmat.permutation(12, 99)).isEqualTo(perm);
        assertThat(Rmat.permutation(12, 100)).isNotEqualTo(perm);
    }

    @Test
    void degreesAreSkewedFarAboveTheMean() {
        int scale = 14;
        int edgeFactor = 16;
        EdgeList edges = Rmat.generate(scale, edgeFactor, 5);
        int[] out = degrees(edges.src(), 1 << scale);
        int[] in = degrees(edges.dst(), 1 << scale);
        // The node whose ids are all 0 bits expects (a+b)^14 = 2.1% of all edges: about 5600.
        assertThat(Arrays.stream(out).max().orElseThrow()).as("max out-degree (mean %d)", edgeFactor)
                .isGreaterThan(50 * edgeFactor);
        assertThat(Arrays.stream(in).max().orElseThrow()).as("max in-degree (mean %d)", edgeFactor)
                .isGreaterThan(50 * edgeFactor);
        long isolated = Arrays.stream(out).filter(d -> d == 0).count();
        assertThat(isolated).as("nodes without out-edges").isGreaterThan((1 << scale) / 10);
    }

    @Test
    void quadrantProbabilitiesAreTheGraph500Ones() {
        // At scale 3 an edge is a self loop iff every level picks a or d: (a+d)^3. The busiest
        // source is the node whose three bits are all 0: (a+b)^3 of all edges.
        EdgeList edges = Rmat.generate(3, 100_000, 11);
        double selfLoops = IntStream.range(0, edges.size()).filter(i -> edges.src()[i] == edges.dst()[i]).count()
                / (double) edges.size();
        double busiest = Arrays.stream(degrees(edges.src(), 8)).max().orElseThrow() / (double) edges.size();
        assertThat(selfLoops).isCloseTo(Math.pow(Rmat.A + Rmat.D, 3), org.assertj.core.data.Offset.offset(0.005));
        assertThat(busiest).isCloseTo(Math.pow(Rmat.A + Rmat.B, 3), org.assertj.core.data.Offset.offset(0.005));
    }

    @Test
    void refusesScalesAndEdgeFactorsOutOfRange() {
        assertThatThrownBy(() -> Rmat.generate(0, 8, 1)).hasMessage("scale must be between 1 and 30, got 0");
        assertThatThrownBy(() -> Rmat.generate(31, 8, 1)).hasMessage("scale must be between 1 and 30, got 31");
        assertThatThrownBy(() -> Rmat.generate(4, 0, 1)).hasMessage("edge factor must be at least 1, got 0");
        assertThatThrownBy(() -> Rmat.edgeCount(30, 2)).hasMessageContaining("more than a Java array holds");
    }

    private static int[] degrees(long[] ids, int nodes) {
        int[] degree = new int[nodes];
        for (long id : ids) {
            degree[(int) id]++;
        }
        return degree;
    }
}
