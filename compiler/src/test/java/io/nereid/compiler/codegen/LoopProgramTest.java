package io.nereid.compiler.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.compiler.Frontend;
import io.nereid.compiler.physical.PhysicalPlan;
import io.nereid.compiler.physical.PhysicalPlanner;
import io.nereid.compiler.testing.Golden;
import io.nereid.operators.BadRowPolicy;
import io.nereid.operators.CompiledProgram;
import io.nereid.operators.CsvSource;
import io.nereid.operators.Results;
import io.nereid.runtime.exec.Config;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * NQ programs with loops, from source text through the front end, the physical planner and the
 * generators, run on the runtime and checked against plain Java references: a bounded loop, and
 * connected components and BFS reachability to fixpoint (loop-invariant edges joined at every
 * round).
 */
class LoopProgramTest {
    private static final InMemoryCompiler COMPILER = new InMemoryCompiler(LoopProgramTest.class.getClassLoader());

    static final String TIMES = """
            input nums : (x: long);
            let r = iterate r = (from n in nums select (x: n.x, k: 0L)) times 5 {
                      from y in r select (x: y.x * 2, k: y.k + 1)
                    };
            output r;
            """;

    static final String CC = """
            input edges : (src: long, dst: long);
            let nodes = (from e in edges select (node: e.src)).union(from e in edges select (node: e.dst));
            let links = (from e in edges select (a: e.src, b: e.dst)).concat(from e in edges select (a: e.dst, b: e.src));
            let cc = iterate l = (from n in nodes select (node: n.node, label: n.node))
                     until fixpoint {
                       from x in l.concat(from k in links join y in l on k.a equals y.node select (node: k.b, label: y.label))
                       group x.label by x.node into g
                       select (node: g.key, label: min(g))
                     };
            output cc;
            """;

    static final String REACH = """
            input edges : (src: long, dst: long);
            param root : long = 0;
            let nodes = (from e in edges select (node: e.src)).union(from e in edges select (node: e.dst));
            let reach = iterate r = (from n in nodes where n.node == root select (node: n.node, dist: 0L))
                        until fixpoint {
                          from x in r.concat(from y in r join e in edges on y.node equals e.src
                                             select (node: e.dst, dist: y.dist + 1))
                          group x.dist by x.node into g
                          select (node: g.key, dist: min(g))
                        };
            output reach;
            """;

    static final String PAGERANK = """
            input edges : (src: long, dst: long);
            let nodes  = (from e in edges select (node: e.src)).union(from e in edges select (node: e.dst));
            let degree = from e in edges group e by e.src into g select (node: g.key, deg: count(g));
            let ranks = iterate r = (from n in nodes select (node: n.node, rank: 1.0))
                        times 20 {
                          from n in nodes
                          left join c in (from e in edges
                                          join d in degree on e.src equals d.node
                                          join x in r on e.src equals x.node
                                          group x.rank / d.deg by e.dst into g
                                          select (node: g.key, sum: sum(g)))
                            on n.node equals c.node
                          select (node: n.node, rank: 0.15 + 0.85 * coalesce(c.sum, 0.0))
                        };
            let indegree = from n in nodes
                           left join e in edges on n.node equals e.dst
                           group coalesce(e.src * 0 + 1, 0) by n.node into g
                           select (node: g.key, n: sum(g));
            output ranks;
            output indegree;
            """;

    /** Walks of each length from a few start nodes: sums keyed by an invariant int column, few keys per round. */
    static final String WALKS = """
            input edges : (src: int, dst: int);
            let walks = iterate r = (from e in edges where e.src < 3 select (node: e.src, c: 1L)) times 4 {
                          from e in edges join x in r on e.src equals x.node
                          group x.c by e.dst into g
                          select (node: g.key, c: sum(g))
                        };
            let hits = iterate r = (from e in edges where e.src < 3 select (node: e.src, c: 1L)) times 2 {
                         from e in edges join x in r on e.src equals x.node
                         group e by e.dst into g
                         select (node: g.key, c: count(g))
                       };
            output walks;
            output hits;
            """;

    /** Plans and generates {@code text}, checks both against their golden files, and compiles it. */
    static CompiledProgram compile(String name, String text) {
        PhysicalPlan physical = PhysicalPlanner.plan(Frontend.compile(name + ".nq", text).optimized());
        Golden.assertMatches("codegen", name + ".physical", physical.print());
        GeneratedProgram program = CodeGenerator.generate(physical);
        Golden.assertMatches("codegen", name + ".java", program.source());
        return COMPILER.instantiate(program, CompiledProgram.class);
    }

    /** The (long, long) rows of {@code output} as a map, one row per key. */
    static Map<Long, Long> pairs(Results r, String output) {
        Map<Long, Long> m = new TreeMap<>();
        for (Object[] row : r.table(output).rows()) {
            assertThat(m.put((Long) row[0], (Long) row[1])).as("one row per key").isNull();
        }
        return m;
    }

    private static String edgesCsv(long[] src, long[] dst) {
        StringBuilder csv = new StringBuilder("src,dst\n");
        for (int i = 0; i < src.length; i++) {
            csv.append(src[i]).append(',').append(dst[i]).append('\n');
        }
        return csv.toString();
    }

    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {1, 2})
    void aBoundedLoopRunsExactlyTimesRounds(int workers) {
        CompiledProgram p = compile("loop_times", TIMES);
        Results r = p.run(Map.of("nums", CsvSource.ofText("nums.csv", "x\n1\n3\n-2\n", p.inputs().get(0),
                BadRowPolicy.FAIL)), Config.workers(workers));
        List<String> rows = r.table("r").rows().stream().map(row -> row[0] + "/" + row[1]).toList();
        assertThat(rows).containsExactly("-64/5", "32/5", "96/5");
    }

    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {1, 2, 3})
    void connectedComponentsMatchUnionFind(int workers) {
        CompiledProgram p = compile("cc", CC);
        Random random = new Random(5);
        int n = 400;
        int m = 300; // sparse: many components
        long[] src = new long[m];
        long[] dst = new long[m];
        for (int i = 0; i < m; i++) {
            src[i] = random.nextInt(n);
            dst[i] = random.nextInt(n);
        }
        Results r = p.run(Map.of("edges", CsvSource.ofText("edges.csv", edgesCsv(src, dst), p.inputs().get(0),
                BadRowPolicy.FAIL)), Config.workers(workers));
        Map<Long, Long> parent = new HashMap<>();
        for (int i = 0; i < m; i++) {
            parent.putIfAbsent(src[i], src[i]);
            parent.putIfAbsent(dst[i], dst[i]);
        }
        for (int i = 0; i < m; i++) {
            long a = find(parent, src[i]);
            long b = find(parent, dst[i]);
            parent.put(Math.max(a, b), Math.min(a, b)); // the root is the least id
        }
        Map<Long, Long> expected = new TreeMap<>();
        for (long node : parent.keySet()) {
            expected.put(node, find(parent, node));
        }
        assertThat(pairs(r, "cc")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {1, 2, 3})
    void pageRankMatchesALoopOverArrays(int workers) {
        CompiledProgram p = compile("pagerank", PAGERANK);
        Random random = new Random(3);
        int n = 200;
        int m = 900;
        long[] src = new long[m];
        long[] dst = new long[m];
        for (int i = 0; i < m; i++) {
            src[i] = random.nextInt(n);
            dst[i] = random.nextInt(i % 3 == 0 ? 20 : n); // skewed in-degrees; some nodes only have out-edges
        }
        Results r = p.run(Map.of("edges", CsvSource.ofText("edges.csv", edgesCsv(src, dst), p.inputs().get(0),
                BadRowPolicy.FAIL)), Config.workers(workers));
        Map<Long, Double> rank = new TreeMap<>();
        Map<Long, Long> outDegree = new HashMap<>();
        Map<Long, Long> inDegree = new TreeMap<>();
        for (int i = 0; i < m; i++) {
            rank.put(src[i], 1.0);
            rank.put(dst[i], 1.0);
            outDegree.merge(src[i], 1L, Long::sum);
        }
        for (long node : rank.keySet()) {
            inDegree.put(node, 0L);
        }
        for (int i = 0; i < m; i++) {
            inDegree.merge(dst[i], 1L, Long::sum);
        }
        for (int round = 0; round < 20; round++) {
            Map<Long, Double> sum = new HashMap<>();
            for (int i = 0; i < m; i++) {
                sum.merge(dst[i], rank.get(src[i]) / outDegree.get(src[i]), Double::sum);
            }
            Map<Long, Double> next = new TreeMap<>();
            for (long node : rank.keySet()) {
                next.put(node, 0.15 + 0.85 * sum.getOrDefault(node, 0.0));
            }
            rank = next;
        }
        Map<Long, Double> actual = new TreeMap<>();
        for (Object[] row : r.table("ranks").rows()) {
            assertThat(actual.put((Long) row[0], (Double) row[1])).isNull();
        }
        assertThat(actual.keySet()).isEqualTo(rank.keySet());
        for (Map.Entry<Long, Double> e : rank.entrySet()) {
            assertThat(actual.get(e.getKey())).as("rank of %d", e.getKey())
                    .isCloseTo(e.getValue(), org.assertj.core.api.Assertions.within(1e-9));
        }
        assertThat(pairs(r, "indegree")).isEqualTo(inDegree);
    }

    /** The root of {@code x} in a union-find forest. */
    static long find(Map<Long, Long> parent, long x) {
        while (parent.get(x) != x) {
            x = parent.get(x);
        }
        return x;
    }

    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {1, 2})
    void reachabilityMatchesBreadthFirstSearch(int workers) {
        CompiledProgram p = compile("reach", REACH);
        Random random = new Random(9);
        int n = 300;
        int m = 700;
        long[] src = new long[m];
        long[] dst = new long[m];
        for (int i = 0; i < m; i++) {
            src[i] = random.nextInt(n);
            dst[i] = random.nextInt(n);
        }
        src[0] = 0; // the root has an edge
        Results r = p.run(Map.of("edges", CsvSource.ofText("edges.csv", edgesCsv(src, dst), p.inputs().get(0),
                BadRowPolicy.FAIL)), Config.workers(workers));
        Map<Long, List<Long>> adj = new HashMap<>();
        for (int i = 0; i < m; i++) {
            adj.computeIfAbsent(src[i], k -> new ArrayList<>()).add(dst[i]);
        }
        Map<Long, Long> dist = new TreeMap<>();
        ArrayDeque<Long> queue = new ArrayDeque<>();
        dist.put(0L, 0L);
        queue.add(0L);
        while (!queue.isEmpty()) {
            long u = queue.poll();
            for (long v : adj.getOrDefault(u, List.of())) {
                if (!dist.containsKey(v)) {
                    dist.put(v, dist.get(u) + 1);
                    queue.add(v);
                }
            }
        }
        assertThat(pairs(r, "reach")).isEqualTo(dist);
    }

    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {1, 2})
    void walkCountsKeyedByAnInvariantColumnMatchALoop(int workers) {
        CompiledProgram p = compile("walks", WALKS);
        Random random = new Random(11);
        int n = 60;
        int m = 150;
        long[] src = new long[m];
        long[] dst = new long[m];
        for (int i = 0; i < m; i++) {
            src[i] = random.nextInt(n);
            dst[i] = random.nextInt(i % 4 == 0 ? 5 : n); // some destinations much more common
        }
        src[0] = 0;
        src[1] = 1;
        Results r = p.run(Map.of("edges", CsvSource.ofText("edges.csv", edgesCsv(src, dst), p.inputs().get(0),
                BadRowPolicy.FAIL)), Config.workers(workers));
        assertThat(intPairs(r, "walks")).isEqualTo(walks(src, dst, 4, false));
        assertThat(intPairs(r, "hits")).isEqualTo(walks(src, dst, 2, true));
    }

    /** Rows (node, c) after {@code rounds} rounds: c sums the walk counts (or counts the joined rows). */
    private static Map<Long, Long> walks(long[] src, long[] dst, int rounds, boolean countRows) {
        List<long[]> rows = new ArrayList<>();
        for (long s : src) {
            if (s < 3) {
                rows.add(new long[] {s, 1});
            }
        }
        for (int round = 0; round < rounds; round++) {
            Map<Long, Long> next = new TreeMap<>();
            for (long[] x : rows) {
                for (int i = 0; i < src.length; i++) {
                    if (src[i] == x[0]) {
                        next.merge(dst[i], countRows ? 1L : x[1], Long::sum);
                    }
                }
            }
            rows = new ArrayList<>();
            for (Map.Entry<Long, Long> e : next.entrySet()) {
                rows.add(new long[] {e.getKey(), e.getValue()});
            }
        }
        Map<Long, Long> out = new TreeMap<>();
        for (long[] x : rows) {
            out.merge(x[0], x[1], Long::sum);
        }
        return out;
    }

    private static Map<Long, Long> intPairs(Results r, String output) {
        Map<Long, Long> m = new TreeMap<>();
        for (Object[] row : r.table(output).rows()) {
            assertThat(m.put(((Integer) row[0]).longValue(), (Long) row[1])).as("one row per key").isNull();
        }
        return m;
    }
}
