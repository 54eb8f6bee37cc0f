package io.nereid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.datagen.EdgeCsvReader;
import io.nereid.datagen.EdgeList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The graph samples through {@code nq run}, against references written as plain Java loops. */
class SampleProgramsTest {
    private static final Path GRAPH = Path.of("..", "samples", "graphs", "rmat-10.csv");

    private static List<String> table(String name, String a, String b, Map<Long, Long> rows) {
        int wa = Math.max(a.length(), rows.keySet().stream().mapToInt(k -> Long.toString(k).length()).max().orElse(0));
        int wb = Math.max(b.length(), rows.values().stream().mapToInt(v -> Long.toString(v).length()).max().orElse(0));
        List<String> lines = new ArrayList<>();
        lines.add(name + ":");
        lines.add(String.format("%-" + wa + "s | %s", a, b));
        lines.add("-".repeat(wa) + "-+-" + "-".repeat(wb));
        rows.forEach((k, v) -> lines.add(String.format("%" + wa + "d | %" + wb + "d", k, v)));
        lines.add("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
        return lines;
    }

    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {1, 2})
    void ccCountsComponentSizesAsUnionFindDoes(int workers) throws IOException {
        EdgeList g = EdgeCsvReader.read(GRAPH);
        Map<Long, Long> parent = new HashMap<>();
        for (int i = 0; i < g.size(); i++) {
            parent.putIfAbsent(g.src()[i], g.src()[i]);
            parent.putIfAbsent(g.dst()[i], g.dst()[i]);
        }
        for (int i = 0; i < g.size(); i++) {
            long a = find(parent, g.src()[i]);
            long b = find(parent, g.dst()[i]);
            parent.put(Math.max(a, b), Math.min(a, b));
        }
        Map<Long, Long> sizes = new TreeMap<>();
        for (long node : parent.keySet()) {
            sizes.merge(find(parent, node), 1L, Long::sum);
        }
        NqRun run = NqRun.of("run", "../samples/cc/cc.nq", "--workers", String.valueOf(workers));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsExactlyElementsOf(table("sizes", "label", "nodes", sizes));
    }

    private static long find(Map<Long, Long> parent, long x) {
        while (parent.get(x) != x) {
            x = parent.get(x);
        }
        return x;
    }

    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {1, 2})
    void reachCountsNodesPerBfsLevel(int workers) throws IOException {
        EdgeList g = EdgeCsvReader.read(GRAPH);
        Map<Long, List<Long>> adj = new HashMap<>();
        for (int i = 0; i < g.size(); i++) {
            adj.computeIfAbsent(g.src()[i], k -> new ArrayList<>()).add(g.dst()[i]);
        }
        Map<Long, Long> dist = new HashMap<>();
        ArrayDeque<Long> queue = new ArrayDeque<>();
        boolean rootHasEdges = false;
        for (int i = 0; i < g.size(); i++) {
            rootHasEdges |= g.src()[i] == 0 || g.dst()[i] == 0;
        }
        if (rootHasEdges) {
            dist.put(0L, 0L);
            queue.add(0L);
        }
        while (!queue.isEmpty()) {
            long u = queue.poll();
            for (long v : adj.getOrDefault(u, List.of())) {
                if (!dist.containsKey(v)) {
                    dist.put(v, dist.get(u) + 1);
                    queue.add(v);
                }
            }
        }
        Map<Long, Long> levels = new TreeMap<>();
        dist.values().forEach(d -> levels.merge(d, 1L, Long::sum));
        NqRun run = NqRun.of("run", "../samples/reach/reach.nq", "--workers", String.valueOf(workers));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(levels).hasSizeGreaterThan(2);
        assertThat(run.out().lines()).containsExactlyElementsOf(table("levels", "dist", "nodes", levels));
    }
}
