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

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--workers=1", "--workers=2", "--processes=2 --local --workers=2"})
    void pagerankMatchesALoopOverTheEdges(String placement) throws IOException {
        EdgeList g = EdgeCsvReader.read(GRAPH);
        Map<Long, Double> rank = new TreeMap<>();
        Map<Long, Long> outDegree = new HashMap<>();
        for (int i = 0; i < g.size(); i++) {
            rank.put(g.src()[i], 1.0);
            rank.put(g.dst()[i], 1.0);
            outDegree.merge(g.src()[i], 1L, Long::sum);
        }
        for (int round = 0; round < 20; round++) {
            Map<Long, Double> sum = new HashMap<>();
            for (int i = 0; i < g.size(); i++) {
                sum.merge(g.dst()[i], rank.get(g.src()[i]) / outDegree.get(g.src()[i]), Double::sum);
            }
            Map<Long, Double> next = new TreeMap<>();
            for (long node : rank.keySet()) {
                next.put(node, 0.15 + 0.85 * sum.getOrDefault(node, 0.0));
            }
            rank = next;
        }
        List<String> args = new ArrayList<>(List.of("run", "../samples/pagerank/pagerank.nq"));
        args.addAll(List.of(placement.split(" ")));
        NqRun run = NqRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("ranks:");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("(" + rank.size() + " rows)");
        Map<Long, Double> actual = new TreeMap<>();
        for (String line : lines.subList(3, lines.size() - 1)) {
            String[] cells = line.split("\\|");
            actual.put(Long.parseLong(cells[0].trim()), Double.parseDouble(cells[1].trim()));
        }
        assertThat(actual.keySet()).isEqualTo(rank.keySet());
        for (Map.Entry<Long, Double> e : rank.entrySet()) {
            assertThat(actual.get(e.getKey())).as("rank of node %d", e.getKey())
                    .isCloseTo(e.getValue(), org.assertj.core.api.Assertions.within(1e-9));
        }
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
