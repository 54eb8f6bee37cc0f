package io.nereid.compiler.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.compiler.Frontend;
import io.nereid.compiler.physical.PhysicalPlan;
import io.nereid.compiler.physical.PhysicalPlanner;
import io.nereid.operators.BadRowPolicy;
import io.nereid.operators.CompiledProgram;
import io.nereid.operators.CsvSource;
import io.nereid.operators.Results;
import io.nereid.runtime.exec.Config;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Loop-invariant relations read inside a loop by operators other than a join that indexes them
 * once: the preserved side of a left join until a fixpoint, a concat, a union. Per time, such a
 * relation is the same at every round, so it is replayed at every round that runs; each program
 * is checked against a plain Java reference on random graphs, on 1 to 3 workers (some of which
 * hold no rows of the loop variable at some rounds).
 */
class InvariantReplayProgramTest {
    private static final InMemoryCompiler COMPILER = new InMemoryCompiler(InvariantReplayProgramTest.class.getClassLoader());
    private static final long INF = 1_000_000L;

    /** BFS distances of every node (INF when unreachable) with the node list as a left join's preserved side. */
    static final String LEFT_JOIN_FIXPOINT = """
            input edges : (src: long, dst: long);
            let nodes = (from e in edges select (node: e.src)).union(from e in edges select (node: e.dst));
            let dist = iterate r = (from n in nodes where n.node == 0 select (node: n.node, dist: 0L))
                       until fixpoint {
                         from n in nodes
                         left join x in (from c in r.concat(from y in r join e in edges on y.node equals e.src
                                                            select (node: e.dst, dist: y.dist + 1))
                                         group c.dist by c.node into g
                                         select (node: g.key, dist: min(g)))
                           on n.node equals x.node
                         select (node: n.node, dist: coalesce(x.dist, 1000000L))
                       };
            output dist;
            """;

    /** Component labels where every round starts again from each node's own id (an invariant concat). */
    static final String CONCAT_FIXPOINT = """
            input edges : (src: long, dst: long);
            let nodes = (from e in edges select (node: e.src)).union(from e in edges select (node: e.dst));
            let links = (from e in edges select (a: e.src, b: e.dst)).concat(from e in edges select (a: e.dst, b: e.src));
            let cc = iterate l = (from n in nodes select (node: n.node, label: n.node))
                     until fixpoint {
                       from x in (from n in nodes select (node: n.node, label: n.node))
                                 .concat(from k in links join y in l on k.a equals y.node select (node: k.b, label: y.label))
                       group x.label by x.node into g
                       select (node: g.key, label: min(g))
                     };
            output cc;
            """;

    /** Transitive closure whose body is a union of the (invariant) links with the extended paths. */
    static final String UNION_FIXPOINT = """
            input links : (src: long, dst: long);
            let paths = iterate p = (from l in links select (src: l.src, dst: l.dst))
                        until fixpoint {
                          (from l in links select (src: l.src, dst: l.dst))
                            .union(from x in p join l in links on x.dst equals l.src select (src: x.src, dst: l.dst))
                        };
            output paths;
            """;

    /** A bounded loop that adds the invariant rows again at every round: round k holds k + 1 copies. */
    static final String CONCAT_TIMES = """
            input nums : (x: long);
            let r = iterate r = (from n in nums select (x: n.x)) times 3 {
                      r.concat(from n in nums where n.x > 0 select (x: n.x))
                    };
            let counts = from y in r group y by y.x into g select (x: g.key, n: count(g));
            output counts;
            """;

    /**
     * Nested loops: the inner bodies concat a relation computed from the outer variable, which is
     * invariant to the inner loop but differs at each outer round (kept per outer round).
     */
    static final String NESTED = """
            input nums : (x: long);
            let r = iterate a = (from n in nums select (x: n.x)) times 2 {
                      iterate b = a times 2 {
                        b.concat(from y in a where y.x > 0 select (x: y.x - 1))
                      }
                    };
            let counts = from y in r group y by y.x into g select (x: g.key, n: count(g));
            let f = iterate a = (from n in nums where n.x > 0 select (x: n.x)) times 2 {
                      iterate b = (from y in a select (x: y.x)) until fixpoint {
                        (from y in a select (x: y.x * 2)).union(from z in b where z.x < 50 select (x: z.x + 1))
                      }
                    };
            let lj = iterate a = (from n in nums select (x: n.x)) times 2 {
                       from w in (iterate b = (from y in a where y.x > 0 select (x: y.x, n: 0L)).distinct() times 2 {
                                    (from y in a left join z in b on y.x equals z.x
                                     select (x: y.x, n: coalesce(z.n, 0L) + 1)).distinct()
                                  })
                       select (x: w.x + w.n)
                     };
            output counts;
            output f;
            output lj;
            """;

    private static CompiledProgram compile(String name, String text) {
        PhysicalPlan physical = PhysicalPlanner.plan(Frontend.compile(name + ".nq", text).optimized());
        assertThat(physical.print()).contains("replay invariant every round");
        return COMPILER.instantiate(CodeGenerator.generate(physical), CompiledProgram.class);
    }

    private static long[][] randomGraph(long seed, int n, int m) {
        Random random = new Random(seed);
        long[][] e = new long[2][m];
        for (int i = 0; i < m; i++) {
            e[0][i] = i < 3 ? 0 : random.nextInt(n); // node 0 (the root of the BFS) has out-edges
            e[1][i] = random.nextInt(i % 4 == 0 ? 5 : n); // some skew towards a few nodes
        }
        return e;
    }

    private static Results run(CompiledProgram p, String input, long[][] e, int workers) {
        StringBuilder csv = new StringBuilder("src,dst\n");
        for (int i = 0; i < e[0].length; i++) {
            csv.append(e[0][i]).append(',').append(e[1][i]).append('\n');
        }
        return p.run(Map.of(input, CsvSource.ofText(input + ".csv", csv.toString(), p.inputs().get(0),
                BadRowPolicy.FAIL)), Config.workers(workers));
    }

    private static Map<Long, Long> pairs(Results r, String output) {
        Map<Long, Long> m = new TreeMap<>();
        for (Object[] row : r.table(output).rows()) {
            assertThat(m.put((Long) row[0], (Long) row[1])).as("one row per key").isNull();
        }
        return m;
    }

    private static Map<Long, List<Long>> adjacency(long[][] e) {
        Map<Long, List<Long>> adj = new HashMap<>();
        for (int i = 0; i < e[0].length; i++) {
            adj.computeIfAbsent(e[0][i], k -> new ArrayList<>()).add(e[1][i]);
        }
        return adj;
    }

    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {1, 2, 3})
    void leftJoinOfAnInvariantUntilFixpointKeepsEveryNode(int workers) {
        CompiledProgram p = compile("replay_left_join", LEFT_JOIN_FIXPOINT);
        long[][] e = randomGraph(11, 120, 160);
        Map<Long, List<Long>> adj = adjacency(e);
        Map<Long, Long> expected = new TreeMap<>();
        for (int i = 0; i < e[0].length; i++) {
            expected.put(e[0][i], INF);
            expected.put(e[1][i], INF);
        }
        if (expected.containsKey(0L)) {
            expected.put(0L, 0L);
            ArrayDeque<Long> queue = new ArrayDeque<>(List.of(0L));
            while (!queue.isEmpty()) {
                long u = queue.poll();
                for (long v : adj.getOrDefault(u, List.of())) {
                    if (expected.get(v) == INF) {
                        expected.put(v, expected.get(u) + 1);
                        queue.add(v);
                    }
                }
            }
        }
        assertThat(expected).containsValue(INF).containsValue(2L);
        assertThat(pairs(run(p, "edges", e, workers), "dist")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {1, 2, 3})
    void concatOfAnInvariantUntilFixpointGivesComponents(int workers) {
        CompiledProgram p = compile("replay_concat", CONCAT_FIXPOINT);
        long[][] e = randomGraph(12, 200, 140);
        Map<Long, Long> label = new TreeMap<>();
        for (int i = 0; i < e[0].length; i++) {
            label.put(e[0][i], e[0][i]);
            label.put(e[1][i], e[1][i]);
        }
        boolean changed = true;
        while (changed) { // relax every edge both ways until no label shrinks
            changed = false;
            for (int i = 0; i < e[0].length; i++) {
                long a = e[0][i];
                long b = e[1][i];
                long min = Math.min(label.get(a), label.get(b));
                changed |= label.put(a, min) != min | label.put(b, min) != min;
            }
        }
        assertThat(pairs(run(p, "edges", e, workers), "cc")).isEqualTo(label);
    }

    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {1, 2, 3})
    void unionWithAnInvariantUntilFixpointIsTheTransitiveClosure(int workers) {
        CompiledProgram p = compile("replay_union", UNION_FIXPOINT);
        long[][] e = randomGraph(13, 25, 30);
        Map<Long, List<Long>> adj = adjacency(e);
        Set<String> expected = new HashSet<>();
        for (long s : adj.keySet()) {
            Set<Long> seen = new HashSet<>(adj.get(s));
            ArrayDeque<Long> queue = new ArrayDeque<>(seen);
            while (!queue.isEmpty()) {
                for (long v : adj.getOrDefault(queue.poll(), List.of())) {
                    if (seen.add(v)) {
                        queue.add(v);
                    }
                }
            }
            seen.forEach(t -> expected.add(s + "->" + t));
        }
        List<String> actual = run(p, "links", e, workers).table("paths").rows().stream()
                .map(row -> row[0] + "->" + row[1]).toList();
        assertThat(actual).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {1, 2, 3})
    void nestedLoopsReplayTheOuterRoundsRelation(int workers) {
        CompiledProgram p = compile("replay_nested", NESTED);
        Random random = new Random(15);
        StringBuilder csv = new StringBuilder("x\n");
        List<Long> nums = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long x = random.nextInt(9) - 3;
            nums.add(x);
            csv.append(x).append('\n');
        }
        List<Long> a = nums;
        for (int outer = 0; outer < 2; outer++) {
            List<Long> b = new ArrayList<>(a);
            for (int inner = 0; inner < 2; inner++) {
                for (long y : a) {
                    if (y > 0) {
                        b.add(y - 1);
                    }
                }
            }
            a = b;
        }
        Map<Long, Long> counts = new TreeMap<>();
        a.forEach(x -> counts.merge(x, 1L, Long::sum));
        Set<Long> f = new HashSet<>();
        nums.stream().filter(x -> x > 0).forEach(f::add);
        for (int outer = 0; outer < 2; outer++) {
            Set<Long> b = new HashSet<>(f);
            while (true) { // next = {2y : y in f} union {z + 1 : z in b, z < 50}
                Set<Long> next = new HashSet<>();
                f.forEach(y -> next.add(y * 2));
                b.stream().filter(z -> z < 50).forEach(z -> next.add(z + 1));
                if (next.equals(b)) {
                    break;
                }
                b = next;
            }
            f = b;
        }
        List<Long> lj = nums;
        for (int outer = 0; outer < 2; outer++) {
            final List<Long> as = lj;
            Set<List<Long>> b = new HashSet<>();
            as.stream().filter(x -> x > 0).forEach(x -> b.add(List.of(x, 0L)));
            for (int inner = 0; inner < 2; inner++) { // (a left join b on x), distinct
                Set<List<Long>> next = new HashSet<>();
                for (long y : as) {
                    boolean hit = false;
                    for (List<Long> z : b) {
                        if (z.get(0) == y) {
                            hit = true;
                            next.add(List.of(y, z.get(1) + 1));
                        }
                    }
                    if (!hit) {
                        next.add(List.of(y, 1L));
                    }
                }
                b.clear();
                b.addAll(next);
            }
            lj = b.stream().map(w -> w.get(0) + w.get(1)).toList();
        }
        Results r = p.run(Map.of("nums", CsvSource.ofText("nums.csv", csv.toString(), p.inputs().get(0),
                BadRowPolicy.FAIL)), Config.workers(workers));
        assertThat(r.table("lj").rows().stream().map(row -> (Long) row[0]).toList())
                .containsExactlyInAnyOrderElementsOf(lj);
        assertThat(pairs(r, "counts")).isEqualTo(counts);
        assertThat(r.table("f").rows().stream().map(row -> (Long) row[0]).toList())
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(f);
    }

    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {1, 2, 3})
    void concatOfAnInvariantInABoundedLoopAddsItAtEveryRound(int workers) {
        CompiledProgram p = compile("replay_times", CONCAT_TIMES);
        Random random = new Random(14);
        StringBuilder csv = new StringBuilder("x\n");
        Map<Long, Long> expected = new TreeMap<>();
        for (int i = 0; i < 60; i++) {
            long x = random.nextInt(21) - 10;
            csv.append(x).append('\n');
            expected.merge(x, x > 0 ? 4L : 1L, Long::sum); // the start, plus three rounds of the positive ones
        }
        Results r = p.run(Map.of("nums", CsvSource.ofText("nums.csv", csv.toString(), p.inputs().get(0),
                BadRowPolicy.FAIL)), Config.workers(workers));
        assertThat(pairs(r, "counts")).isEqualTo(expected);
    }
}
