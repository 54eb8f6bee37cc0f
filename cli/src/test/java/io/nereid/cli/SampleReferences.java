package io.nereid.cli;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.nereid.datagen.EdgeCsvReader;
import io.nereid.datagen.EdgeList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The answers of the samples computed independently of Nereid: plain Java loops (word count,
 * PageRank, union-find, BFS, Dijkstra, brute-force triangles, BFS from every node) over the same
 * bundled files. Each returns, per program output in print order, its rows in print order
 * (cells as Long, Double or String).
 */
final class SampleReferences {
    static final Path SAMPLES = Path.of("..", "samples");
    static final Path GRAPH = SAMPLES.resolve("graphs").resolve("rmat-10.csv");

    private SampleReferences() {
    }

    /** The reference answer of sample {@code name} run with its defaults. */
    static Map<String, List<List<Object>>> of(String name) {
        try {
            return switch (name) {
                case "wordcount" -> wordcount(SAMPLES.resolve("wordcount").resolve("docs.csv"));
                case "pagerank" -> pagerank(EdgeCsvReader.read(GRAPH));
                case "cc" -> cc(EdgeCsvReader.read(GRAPH));
                case "reach" -> reach(EdgeCsvReader.read(GRAPH), 0);
                case "sssp" -> sssp(SAMPLES.resolve("sssp").resolve("roads.csv"), 0);
                case "triangles" -> triangles(EdgeCsvReader.read(GRAPH));
                case "transitive-closure" -> transitiveClosure(
                        EdgeCsvReader.read(SAMPLES.resolve("transitive-closure").resolve("links.csv")));
                default -> throw new IllegalArgumentException("no reference for sample " + name);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, List<List<Object>>> one(String output, List<List<Object>> rows) {
        Map<String, List<List<Object>>> out = new LinkedHashMap<>();
        out.put(output, rows);
        return out;
    }

    private static List<List<Object>> rows(Map<?, ?> sorted) {
        List<List<Object>> rows = new ArrayList<>();
        sorted.forEach((k, v) -> rows.add(List.of(k, v)));
        return rows;
    }

    /** Words split on blanks, empty pieces dropped, lower-cased, counted. */
    static Map<String, List<List<Object>>> wordcount(Path csv) throws IOException {
        Map<String, Long> counts = new TreeMap<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
            boolean header = true;
            for (CsvRecord r : reader) {
                if (!header) {
                    for (String w : r.getField(1).split(" ")) {
                        if (!w.isEmpty()) {
                            counts.merge(w.toLowerCase(Locale.ROOT), 1L, Long::sum);
                        }
                    }
                }
                header = false;
            }
        }
        return one("counts", rows(counts));
    }

    /** 20 rounds of rank'(v) = 0.15 + 0.85 * sum of rank(u) / outdeg(u) over edges (u, v). */
    static Map<String, List<List<Object>>> pagerank(EdgeList g) {
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
        return one("ranks", rows(rank));
    }

    /** Component sizes by union-find, each component labelled by its smallest node. */
    static Map<String, List<List<Object>>> cc(EdgeList g) {
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
        return one("sizes", rows(sizes));
    }

    private static long find(Map<Long, Long> parent, long x) {
        while (parent.get(x) != x) {
            x = parent.get(x);
        }
        return x;
    }

    private static Map<Long, List<Long>> adjacency(EdgeList g) {
        Map<Long, List<Long>> adj = new HashMap<>();
        for (int i = 0; i < g.size(); i++) {
            adj.computeIfAbsent(g.src()[i], k -> new ArrayList<>()).add(g.dst()[i]);
        }
        return adj;
    }

    /** Breadth-first search from {@code root}: how many nodes at each distance. */
    static Map<String, List<List<Object>>> reach(EdgeList g, long root) {
        Map<Long, List<Long>> adj = adjacency(g);
        Map<Long, Long> dist = new HashMap<>();
        ArrayDeque<Long> queue = new ArrayDeque<>();
        boolean rootHasEdges = false;
        for (int i = 0; i < g.size(); i++) {
            rootHasEdges |= g.src()[i] == root || g.dst()[i] == root;
        }
        if (rootHasEdges) {
            dist.put(root, 0L);
            queue.add(root);
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
        return one("levels", rows(levels));
    }

    /** Dijkstra from {@code source} over the {@code src,dst,w} file: the least distance of every reachable node. */
    static Map<String, List<List<Object>>> sssp(Path csv, long source) throws IOException {
        Map<Long, List<long[]>> adj = new HashMap<>();
        Set<Long> nodes = new HashSet<>();
        List<String> lines = Files.readAllLines(csv);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            long[] e = {Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2])};
            adj.computeIfAbsent(e[0], k -> new ArrayList<>()).add(e);
            nodes.add(e[0]);
            nodes.add(e[1]);
        }
        Map<Long, Long> dist = new TreeMap<>();
        PriorityQueue<long[]> queue = new PriorityQueue<>((a, b) -> Long.compare(a[1], b[1]));
        if (nodes.contains(source)) {
            queue.add(new long[] {source, 0});
        }
        while (!queue.isEmpty()) {
            long[] top = queue.poll();
            if (dist.containsKey(top[0])) {
                continue;
            }
            dist.put(top[0], top[1]);
            for (long[] e : adj.getOrDefault(top[0], List.of())) {
                if (!dist.containsKey(e[1])) {
                    queue.add(new long[] {e[1], top[1] + e[2]});
                }
            }
        }
        return one("dist", rows(dist));
    }

    /**
     * Triangles of the undirected simple graph (no self loops, no repeated edges) by brute force:
     * every path a < b < c along links, kept when the link a-c closes it.
     */
    static Map<String, List<List<Object>>> triangles(EdgeList g) {
        Map<Long, TreeSet<Long>> higher = new HashMap<>(); // neighbours with a larger id
        for (int i = 0; i < g.size(); i++) {
            long a = Math.min(g.src()[i], g.dst()[i]);
            long b = Math.max(g.src()[i], g.dst()[i]);
            if (a != b) {
                higher.computeIfAbsent(a, k -> new TreeSet<>()).add(b);
            }
        }
        long total = 0;
        Map<Long, Long> perNode = new HashMap<>();
        for (Map.Entry<Long, TreeSet<Long>> e : higher.entrySet()) {
            long a = e.getKey();
            for (long b : e.getValue()) {
                for (long c : higher.getOrDefault(b, new TreeSet<>())) {
                    if (e.getValue().contains(c)) {
                        total++;
                        for (long v : new long[] {a, b, c}) {
                            perNode.merge(v, 1L, Long::sum);
                        }
                    }
                }
            }
        }
        List<long[]> ranked = new ArrayList<>();
        perNode.forEach((node, n) -> ranked.add(new long[] {node, n}));
        ranked.sort((x, y) -> x[1] != y[1] ? Long.compare(y[1], x[1]) : Long.compare(x[0], y[0]));
        List<List<Object>> busiest = new ArrayList<>();
        for (long[] r : ranked.subList(0, Math.min(10, ranked.size()))) {
            busiest.add(List.of(r[0], r[1]));
        }
        Map<String, List<List<Object>>> out = new LinkedHashMap<>();
        out.put("total", List.of(List.of(total)));
        out.put("busiest", busiest);
        return out;
    }

    /** Breadth-first search from every node: the pairs (src, dst) joined by a path of one or more links. */
    static Map<String, List<List<Object>>> transitiveClosure(EdgeList g) {
        Map<Long, List<Long>> adj = adjacency(g);
        List<List<Object>> closure = new ArrayList<>();
        List<List<Object>> reach = new ArrayList<>();
        for (long s : new TreeSet<>(adj.keySet())) {
            Set<Long> seen = new HashSet<>();
            ArrayDeque<Long> queue = new ArrayDeque<>(adj.get(s));
            seen.addAll(adj.get(s));
            while (!queue.isEmpty()) {
                for (long v : adj.getOrDefault(queue.poll(), List.of())) {
                    if (seen.add(v)) {
                        queue.add(v);
                    }
                }
            }
            long[] sorted = seen.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(sorted);
            for (long t : sorted) {
                closure.add(List.of(s, t));
            }
            reach.add(List.of(s, (long) sorted.length));
        }
        Map<String, List<List<Object>>> out = new LinkedHashMap<>();
        out.put("closure", closure);
        out.put("reach", reach);
        return out;
    }
}
