package io.nereid.compiler.codegen;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * NQ programs with an iterate inside an iterate (times and fixpoint, in each combination), run on
 * the runtime and checked against plain Java references. The inner bodies read the outer loop's
 * variable (indexed once per outer round) and inputs invariant to both loops (indexed once).
 */
class NestedLoopProgramTest {
    /** times inside times: the inner body joins the outer variable and an input invariant to both loops. */
    static final String TIMES_TIMES = """
            input nums : (x: long);
            input weights : (x: long, w: long);
            let r = iterate a = (from n in nums select (x: n.x, s: 0L)) times 3 {
                      iterate b = a times 4 {
                        from y in b
                        join z in a on y.x equals z.x
                        join v in weights on y.x equals v.x
                        select (x: y.x, s: y.s + 2 * z.s + v.w)
                      }
                    };
            output r;
            """;

    /**
     * times inside times, the inner join aggregating by a column of the outer variable (walk
     * counts over the edges still kept): its partial sums are grouped per round of the outer loop.
     */
    static final String WALKS = """
            input edges : (src: long, dst: long);
            let kept = iterate e = edges times 3 {
              let walks = iterate c = (from k in e select (node: k.src, n: 1L)).distinct() times 2 {
                from x in c
                join k in e on x.node equals k.src
                group x.n by k.dst into g
                select (node: g.key, n: sum(g))
              };
              from k in e join w in walks on k.src equals w.node where w.n % 3 != 0 select k
            };
            output kept;
            """;

    /** fixpoint inside times: reachability from the roots through the nodes still alive (the outer variable). */
    static final String TIMES_FIXPOINT = """
            input edges : (src: long, dst: long);
            input roots : (node: long);
            let nodes = (from e in edges select (node: e.src)).union(from e in edges select (node: e.dst));
            let alive = iterate a = (from n in nodes select (node: n.node)) times 3 {
              let reach = iterate r = (from x in roots join y in a on x.node equals y.node select (node: x.node, dist: 0L))
                          until fixpoint {
                            from x in r.concat(from y in r
                                               join e in edges on y.node equals e.src
                                               join z in a on e.dst equals z.node
                                               select (node: e.dst, dist: y.dist + 1))
                            group x.dist by x.node into g
                            select (node: g.key, dist: min(g))
                          };
              a.except(from x in reach where x.dist == 2L select (node: x.node))
            };
            output alive;
            """;

    /** times inside fixpoint: connected components, two propagation steps per outer round. */
    static final String FIXPOINT_TIMES = """
            input edges : (src: long, dst: long);
            let nodes = (from e in edges select (node: e.src)).union(from e in edges select (node: e.dst));
            let links = (from e in edges select (a: e.src, b: e.dst)).concat(from e in edges select (a: e.dst, b: e.src));
            let cc = iterate l = (from n in nodes select (node: n.node, label: n.node)) until fixpoint {
                       iterate m = l times 2 {
                         from x in m.concat(from k in links join y in m on k.a equals y.node select (node: k.b, label: y.label))
                         group x.label by x.node into g
                         select (node: g.key, label: min(g))
                       }
                     };
            output cc;
            """;

    /**
     * fixpoint inside fixpoint: strongly connected components. The outer loop keeps the edges
     * whose ends agree on the forward and on the backward minimum label, each an inner fixpoint
     * over the outer variable; a last loop labels each node with the least node of its component.
     */
    static final String FIXPOINT_FIXPOINT = """
            input edges : (src: long, dst: long);
            let scc_edges = iterate e = edges until fixpoint {
              let nodes = (from x in e select (node: x.src)).union(from x in e select (node: x.dst));
              let fwd = iterate l = (from n in nodes select (node: n.node, label: n.node)) until fixpoint {
                from x in l.concat(from k in e join y in l on k.src equals y.node select (node: k.dst, label: y.label))
                group x.label by x.node into g
                select (node: g.key, label: min(g))
              };
              let bwd = iterate l = (from n in nodes select (node: n.node, label: n.node)) until fixpoint {
                from x in l.concat(from k in e join y in l on k.dst equals y.node select (node: k.src, label: y.label))
                group x.label by x.node into g
                select (node: g.key, label: min(g))
              };
              from x in e
              join fs in fwd on x.src equals fs.node
              join fd in fwd on x.dst equals fd.node
              join bs in bwd on x.src equals bs.node
              join bd in bwd on x.dst equals bd.node
              where fs.label == fd.label && bs.label == bd.label
              select x
            };
            let components = iterate l = (from x in scc_edges select (node: x.src, label: x.src)) until fixpoint {
              from x in l.concat(from k in scc_edges join y in l on k.src equals y.node select (node: k.dst, label: y.label))
              group x.label by x.node into g
              select (node: g.key, label: min(g))
            };
            output components;
            """;

    private static String csv(String header, long[]... columns) {
        StringBuilder csv = new StringBuilder(header).append('\n');
        for (int i = 0; i < columns[0].length; i++) {
            for (int c = 0; c < columns.length; c++) {
                csv.append(c == 0 ? "" : ",").append(columns[c][i]);
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private static long[][] randomEdges(long seed, int n, int m) {
        Random random = new Random(seed);
        long[] src = new long[m];
        long[] dst = new long[m];
        for (int i = 0; i < m; i++) {
            src[i] = random.nextInt(n);
            dst[i] = random.nextInt(n);
        }
        return new long[][] {src, dst};
    }

    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {1, 2})
    void timesInsideTimesReadsTheOuterVariableEveryRound(int workers) {
        CompiledProgram p = LoopProgramTest.compile("nested_times_times", TIMES_TIMES);
        long[] xs = new long[50];
        long[] ws = new long[40];
        long[] wx = new long[40];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = i * 7L - 100;
        }
        for (int i = 0; i < wx.length; i++) {
            wx[i] = xs[i];
            ws[i] = i % 5 - 2;
        }
        Results r = p.run(Map.of(
                "nums", CsvSource.ofText("nums.csv", csv("x", xs), p.inputs().get(0), BadRowPolicy.FAIL),
                "weights", CsvSource.ofText("weights.csv", csv("x,w", wx, ws), p.inputs().get(1), BadRowPolicy.FAIL)),
                Config.workers(workers));
        Map<Long, Long> expected = new TreeMap<>();
        for (int i = 0; i < wx.length; i++) { // a number without a weight joins nothing and is dropped
            long a = 0;
            for (int outer = 0; outer < 3; outer++) {
                long b = a;
                for (int inner = 0; inner < 4; inner++) {
                    b = b + 2 * a + ws[i];
                }
                a = b;
            }
            expected.put(wx[i], a);
        }
        assertThat(LoopProgramTest.pairs(r, "r")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {1, 2})
    void anInnerAggregateByAnOuterVariantColumnIsPerOuterRound(int workers) {
        CompiledProgram p = LoopProgramTest.compile("nested_walks", WALKS);
        long[][] edges = randomEdges(31, 40, 160);
        Results r = p.run(Map.of("edges", CsvSource.ofText("edges.csv", csv("src,dst", edges), p.inputs().get(0),
                BadRowPolicy.FAIL)), Config.workers(workers));
        List<long[]> kept = new ArrayList<>();
        for (int i = 0; i < edges[0].length; i++) {
            kept.add(new long[] {edges[0][i], edges[1][i]});
        }
        for (int outer = 0; outer < 3; outer++) {
            Map<Long, Long> walks = new HashMap<>();
            for (long[] k : kept) {
                walks.put(k[0], 1L);
            }
            for (int inner = 0; inner < 2; inner++) {
                Map<Long, Long> next = new HashMap<>();
                for (long[] k : kept) { // every edge, with its multiplicity
                    Long n = walks.get(k[0]);
                    if (n != null) {
                        next.merge(k[1], n, Long::sum);
                    }
                }
                walks = next;
            }
            List<long[]> next = new ArrayList<>();
            for (long[] k : kept) {
                Long n = walks.get(k[0]);
                if (n != null && n % 3 != 0) {
                    next.add(k);
                }
            }
            kept = next;
        }
        Map<String, Integer> expected = new TreeMap<>();
        kept.forEach(k -> expected.merge(k[0] + "->" + k[1], 1, Integer::sum));
        Map<String, Integer> actual = new TreeMap<>();
        r.table("kept").rows().forEach(row -> actual.merge(row[0] + "->" + row[1], 1, Integer::sum));
        assertThat(expected).isNotEmpty();
        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {1, 2})
    void fixpointInsideTimesRunsToItsFixpointInEveryOuterRound(int workers) {
        CompiledProgram p = LoopProgramTest.compile("nested_times_fixpoint", TIMES_FIXPOINT);
        long[][] edges = randomEdges(11, 120, 260);
        long[] roots = {0, 5, 17, 42};
        Results r = p.run(Map.of(
                "edges", CsvSource.ofText("edges.csv", csv("src,dst", edges), p.inputs().get(0), BadRowPolicy.FAIL),
                "roots", CsvSource.ofText("roots.csv", csv("node", roots), p.inputs().get(1), BadRowPolicy.FAIL)),
                Config.workers(workers));
        Set<Long> alive = new TreeSet<>();
        for (long[] column : edges) {
            for (long v : column) {
                alive.add(v);
            }
        }
        for (int outer = 0; outer < 3; outer++) {
            Map<Long, Long> dist = new HashMap<>();
            ArrayDeque<Long> queue = new ArrayDeque<>();
            for (long root : roots) {
                if (alive.contains(root) && dist.putIfAbsent(root, 0L) == null) {
                    queue.add(root);
                }
            }
            while (!queue.isEmpty()) { // BFS over edges whose destination is alive
                long u = queue.poll();
                for (int i = 0; i < edges[0].length; i++) {
                    if (edges[0][i] == u && alive.contains(edges[1][i]) && dist.putIfAbsent(edges[1][i], dist.get(u) + 1) == null) {
                        queue.add(edges[1][i]);
                    }
                }
            }
            Set<Long> next = new TreeSet<>(alive);
            dist.forEach((node, d) -> {
                if (d == 2) {
                    next.remove(node);
                }
            });
            alive = next;
        }
        List<Long> actual = new ArrayList<>();
        for (Object[] row : r.table("alive").rows()) {
            actual.add((Long) row[0]);
        }
        assertThat(actual).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(actual)).isEqualTo(alive);
    }

    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {1, 2})
    void timesInsideFixpointFindsConnectedComponents(int workers) {
        CompiledProgram p = LoopProgramTest.compile("nested_fixpoint_times", FIXPOINT_TIMES);
        long[][] edges = randomEdges(7, 300, 220);
        Results r = p.run(Map.of("edges", CsvSource.ofText("edges.csv", csv("src,dst", edges), p.inputs().get(0),
                BadRowPolicy.FAIL)), Config.workers(workers));
        Map<Long, Long> parent = new HashMap<>();
        for (int i = 0; i < edges[0].length; i++) {
            parent.putIfAbsent(edges[0][i], edges[0][i]);
            parent.putIfAbsent(edges[1][i], edges[1][i]);
        }
        for (int i = 0; i < edges[0].length; i++) {
            long a = LoopProgramTest.find(parent, edges[0][i]);
            long b = LoopProgramTest.find(parent, edges[1][i]);
            parent.put(Math.max(a, b), Math.min(a, b)); // the root is the least id
        }
        Map<Long, Long> expected = new TreeMap<>();
        for (long node : parent.keySet()) {
            expected.put(node, LoopProgramTest.find(parent, node));
        }
        assertThat(LoopProgramTest.pairs(r, "cc")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {1, 2})
    void fixpointInsideFixpointFindsStronglyConnectedComponents(int workers) {
        CompiledProgram p = LoopProgramTest.compile("nested_fixpoint_fixpoint", FIXPOINT_FIXPOINT);
        long[][] edges = randomEdges(23, 90, 150);
        Results r = p.run(Map.of("edges", CsvSource.ofText("edges.csv", csv("src,dst", edges), p.inputs().get(0),
                BadRowPolicy.FAIL)), Config.workers(workers));
        Map<Long, Long> expected = new TreeMap<>();
        Map<Long, Long> component = tarjan(edges);
        // The program labels the nodes that have an edge inside their component (non-trivial components and self loops).
        for (int i = 0; i < edges[0].length; i++) {
            if (component.get(edges[0][i]).equals(component.get(edges[1][i]))) {
                expected.put(edges[0][i], component.get(edges[0][i]));
                expected.put(edges[1][i], component.get(edges[1][i]));
            }
        }
        assertThat(expected.values().stream().distinct().count()).as("the graph has several non-trivial components")
                .isGreaterThan(1);
        assertThat(LoopProgramTest.pairs(r, "components")).isEqualTo(expected);
    }

    /** Tarjan's algorithm: each node's component, named by its least node. */
    private static Map<Long, Long> tarjan(long[][] edges) {
        Map<Long, List<Long>> out = new TreeMap<>();
        for (int i = 0; i < edges[0].length; i++) {
            out.computeIfAbsent(edges[0][i], k -> new ArrayList<>()).add(edges[1][i]);
            out.computeIfAbsent(edges[1][i], k -> new ArrayList<>());
        }
        Map<Long, Integer> index = new HashMap<>();
        Map<Long, Integer> low = new HashMap<>();
        ArrayDeque<Long> stack = new ArrayDeque<>();
        Set<Long> onStack = new HashSet<>();
        Map<Long, Long> component = new HashMap<>();
        for (long v : out.keySet()) {
            if (!index.containsKey(v)) {
                strongConnect(v, out, index, low, stack, onStack, component);
            }
        }
        return component;
    }

    private static void strongConnect(long v, Map<Long, List<Long>> out, Map<Long, Integer> index,
            Map<Long, Integer> low, ArrayDeque<Long> stack, Set<Long> onStack, Map<Long, Long> component) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.push(v);
        onStack.add(v);
        for (long w : out.get(v)) {
            if (!index.containsKey(w)) {
                strongConnect(w, out, index, low, stack, onStack, component);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            List<Long> members = new ArrayList<>();
            long w;
            do {
                w = stack.pop();
                onStack.remove(w);
                members.add(w);
            } while (w != v);
            long least = members.stream().mapToLong(Long::longValue).min().orElseThrow();
            members.forEach(m -> component.put(m, least));
        }
    }
}
