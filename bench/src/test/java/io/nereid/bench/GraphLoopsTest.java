package io.nereid.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.datagen.EdgeList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written loops against plain map-based computations on small random graphs. */
class GraphLoopsTest {
    private static EdgeList random(long seed, int nodes, int edges) {
        Random r = new Random(seed);
        long[] src = new long[edges];
        long[] dst = new long[edges];
        for (int i = 0; i < edges; i++) {
            src[i] = r.nextInt(nodes);
            dst[i] = r.nextInt(nodes);
        }
        return new EdgeList(src, dst);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void pageRankMatchesAMapComputation(long seed) {
        EdgeList g = random(seed, 60, 150);
        Map<Long, Double> rank = new TreeMap<>();
        Map<Long, Long> degree = new HashMap<>();
        for (int i = 0; i < g.size(); i++) {
            rank.put(g.src()[i], 1.0);
            rank.put(g.dst()[i], 1.0);
            degree.merge(g.src()[i], 1L, Long::sum);
        }
        for (int round = 0; round < 20; round++) {
            Map<Long, Double> sum = new HashMap<>();
            for (int i = 0; i < g.size(); i++) {
                sum.merge(g.dst()[i], rank.get(g.src()[i]) / degree.get(g.src()[i]), Double::sum);
            }
            Map<Long, Double> next = new TreeMap<>();
            rank.keySet().forEach(n -> next.put(n, 0.15 + 0.85 * sum.getOrDefault(n, 0.0)));
            rank = next;
        }
        KeyedAnswer expected = new KeyedAnswer("ranks", rank.keySet().stream().mapToLong(Long::longValue).toArray(),
                rank.values().stream().mapToDouble(Double::doubleValue).toArray());
        assertThat(PageRankLoop.ranks(g, 60, 20).firstDifference(expected, 1e-12)).isNull();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void componentSizesMatchUnionFind(long seed) {
        EdgeList g = random(seed, 80, 60);
        KeyedAnswer fromUnionFind = ComponentSizes.of(UnionFind.smallestIdPerComponent(g.src(), g.dst(), 80), g);
        assertThat(ComponentSizes.byLabelPropagation(g, 80).firstDifference(fromUnionFind, 0)).isNull();
        assertThat(fromUnionFind.sum()).isEqualTo((double) java.util.stream.LongStream.concat(
                java.util.Arrays.stream(g.src()), java.util.Arrays.stream(g.dst())).distinct().count());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void bfsAndDijkstraMatchBellmanFord(long seed) {
        EdgeList g = random(seed, 50, 120);
        long[] w = new Random(seed).longs(g.size(), 1, 10).toArray();
        long root = g.src()[0];
        Map<Long, Long> dist = new TreeMap<>(Map.of(root, 0L));
        Map<Long, Long> hops = new TreeMap<>(Map.of(root, 0L));
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int i = 0; i < g.size(); i++) {
                Long d = dist.get(g.src()[i]);
                if (d != null && d + w[i] < dist.getOrDefault(g.dst()[i], Long.MAX_VALUE)) {
                    dist.put(g.dst()[i], d + w[i]);
                    changed = true;
                }
                Long h = hops.get(g.src()[i]);
                if (h != null && h + 1 < hops.getOrDefault(g.dst()[i], Long.MAX_VALUE)) {
                    hops.put(g.dst()[i], h + 1);
                    changed = true;
                }
            }
        }
        KeyedAnswer expected = new KeyedAnswer("dist", dist.keySet().stream().mapToLong(Long::longValue).toArray(),
                dist.values().stream().mapToDouble(Long::doubleValue).toArray());
        assertThat(DijkstraLoop.distances(g, w, 50, root).firstDifference(expected, 0)).isNull();
        Map<Long, Long> levels = new TreeMap<>();
        hops.values().forEach(h -> levels.merge(h, 1L, Long::sum));
        KeyedAnswer expectedLevels = new KeyedAnswer("levels", levels.keySet().stream().mapToLong(Long::longValue).toArray(),
                levels.values().stream().mapToDouble(Long::doubleValue).toArray());
        assertThat(BfsLoop.levels(g, 50, root).firstDifference(expectedLevels, 0)).isNull();
    }
}
