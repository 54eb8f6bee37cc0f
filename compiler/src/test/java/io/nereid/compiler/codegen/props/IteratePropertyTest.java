package io.nereid.compiler.codegen.props;

import static io.nereid.compiler.codegen.props.Bags.assertSameBag;

import io.nereid.operators.Results;
import io.nereid.runtime.exec.Config;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@code iterate ... times N}: a stateless body, zero rounds, a body that grows its variable,
 * and bodies that join the variable with a loop-invariant relation and aggregate (min, sum) or
 * take distinct rows, against the same rounds computed in Java.
 */
class IteratePropertyTest {
    static final String PROGRAM = """
            input nums : (x: long, k: long);
            input edges : (src: long, dst: long);
            let doubled = iterate r = nums times 3 {
                            from y in r where y.x % 5L != 0L select (x: y.x * 2L + 1L, k: y.k)
                          };
            let same = iterate r = nums times 0 { from y in r select (x: y.x + 1L, k: y.k) };
            let grown = iterate r = nums times 2 { r.concat(from y in r where y.x > 0L select (x: y.x - 1L, k: y.k)) };
            let walk = iterate r = (from n in nums select (node: n.k, w: n.x)) times 4 {
                         from y in r join e in edges on y.node equals e.src
                         group y.w by e.dst into g
                         select (node: g.key, w: min(g) + 1L)
                       };
            let paths = iterate r = (from n in nums group n by n.k into g select (node: g.key, c: count(g))) times 3 {
                          from y in r join e in edges on y.node equals e.src
                          group y.c by e.dst into g
                          select (node: g.key, c: sum(g))
                        };
            let halves = iterate r = (from n in nums select (node: n.k, w: cast(n.x as double))) times 3 {
                           from e in edges join y in r on e.src equals y.node
                           where y.w > -100.0
                           group y.w * 0.5 by e.dst into g
                           select (node: g.key, w: sum(g))
                         };
            let fanout = iterate r = (from n in nums group n by n.k into g select (node: g.key, c: count(g))) times 2 {
                           from e in edges join y in r on e.src equals y.node
                           group e by e.src into g
                           select (node: g.key, c: count(g) + 1L)
                         };
            let reach = iterate r = (from n in nums select (node: n.k, origin: n.k)).distinct() times 3 {
                          r.concat(from y in r join e in edges on y.node equals e.src select (node: e.dst, origin: y.origin))
                           .distinct()
                        };
            output doubled;
            output same;
            output grown;
            output walk;
            output paths;
            output halves;
            output fanout;
            output reach;
            """;
    private static final Programs.Compiled P = Programs.compile("iterate", PROGRAM);

    record Inputs(List<Row> nums, List<Row> edges) {
    }

    @Provide
    Arbitrary<Inputs> inputs() {
        return Shape.any().flatMap(s -> {
            Arbitrary<Row> num = Combinators.combine(Shape.values(), s.keys()).as((x, k) -> Row.of(x, k));
            Arbitrary<Row> edge = Combinators.combine(s.keys(), s.keys()).as((a, b) -> Row.of(a, b));
            return Combinators.combine(Shape.relation(num), Shape.relation(edge)).as(Inputs::new);
        });
    }

    @Property(tries = 25)
    void boundedLoopsMatchRoundsInJava(@ForAll("inputs") Inputs in) {
        List<long[]> doubled = new ArrayList<>();
        for (Row n : in.nums()) {
            long x = n.l(0);
            boolean alive = true;
            for (int round = 0; round < 3 && alive; round++) {
                alive = x % 5 != 0;
                x = x * 2 + 1;
            }
            if (alive) {
                doubled.add(new long[] {x, n.l(1)});
            }
        }
        List<long[]> grown = new ArrayList<>();
        in.nums().forEach(n -> grown.add(new long[] {n.l(0), n.l(1)}));
        for (int round = 0; round < 2; round++) {
            List<long[]> next = new ArrayList<>(grown);
            for (long[] y : grown) {
                if (y[0] > 0) {
                    next.add(new long[] {y[0] - 1, y[1]});
                }
            }
            grown.clear();
            grown.addAll(next);
        }
        List<long[]> walkRows = new ArrayList<>();
        in.nums().forEach(n -> walkRows.add(new long[] {n.l(1), n.l(0)}));
        for (int round = 0; round < 4; round++) {
            Map<Long, Long> min = new LinkedHashMap<>();
            for (long[] y : walkRows) {
                for (Row e : in.edges()) {
                    if (e.l(0) == y[0]) {
                        min.merge(e.l(1), y[1], Math::min);
                    }
                }
            }
            walkRows.clear();
            min.forEach((node, w) -> walkRows.add(new long[] {node, w + 1}));
        }
        Map<Long, Long> paths = new LinkedHashMap<>();
        in.nums().forEach(n -> paths.merge(n.l(1), 1L, Long::sum));
        for (int round = 0; round < 3; round++) {
            Map<Long, Long> next = new LinkedHashMap<>();
            paths.forEach((node, c) -> {
                for (Row e : in.edges()) {
                    if (e.l(0) == node) {
                        next.merge(e.l(1), c, Long::sum);
                    }
                }
            });
            paths.clear();
            paths.putAll(next);
        }
        Map<Long, List<Double>> halves = new LinkedHashMap<>();
        in.nums().forEach(n -> halves.computeIfAbsent(n.l(1), k -> new ArrayList<>()).add((double) n.l(0)));
        for (int round = 0; round < 3; round++) {
            Map<Long, Double> sums = new LinkedHashMap<>();
            for (Row e : in.edges()) {
                for (double w : halves.getOrDefault(e.l(0), List.of())) {
                    if (w > -100.0) {
                        sums.merge(e.l(1), w * 0.5, Double::sum);
                    }
                }
            }
            halves.clear();
            sums.forEach((node, w) -> halves.put(node, List.of(w)));
        }
        List<Object[]> halfRows = new ArrayList<>();
        halves.forEach((node, ws) -> ws.forEach(w -> halfRows.add(new Object[] {node, w})));
        Map<Long, Long> fanout = new LinkedHashMap<>();
        in.nums().forEach(n -> fanout.merge(n.l(1), 1L, Long::sum));
        for (int round = 0; round < 2; round++) {
            Map<Long, Long> next = new LinkedHashMap<>();
            for (Row e : in.edges()) {
                if (fanout.containsKey(e.l(0))) {
                    next.merge(e.l(0), 2L, (a, b) -> a + 1); // count + 1: 2 for the first match, +1 for each further
                }
            }
            fanout.clear();
            fanout.putAll(next);
        }
        List<Object[]> fanoutRows = new ArrayList<>();
        fanout.forEach((node, c) -> fanoutRows.add(new Object[] {node, c}));
        Set<List<Long>> reach = new LinkedHashSet<>();
        in.nums().forEach(n -> reach.add(List.of(n.l(1), n.l(1))));
        for (int round = 0; round < 3; round++) {
            Set<List<Long>> next = new LinkedHashSet<>(reach);
            for (List<Long> y : reach) {
                for (Row e : in.edges()) {
                    if (e.l(0) == y.get(0)) {
                        next.add(List.of(e.l(1), y.get(1)));
                    }
                }
            }
            reach.clear();
            reach.addAll(next);
        }
        for (Config c : Programs.CONFIGS) {
            Results res = Programs.run(P, c, Map.of("nums", Row.arrays(in.nums()), "edges", Row.arrays(in.edges())));
            String w = " (" + c.workers() + " workers)";
            assertSameBag("doubled" + w, Programs.rows(res, "doubled"), boxed(doubled));
            assertSameBag("same" + w, Programs.rows(res, "same"), Row.arrays(in.nums()));
            assertSameBag("grown" + w, Programs.rows(res, "grown"), boxed(grown));
            assertSameBag("walk" + w, Programs.rows(res, "walk"), boxed(walkRows));
            List<Object[]> pathRows = new ArrayList<>();
            paths.forEach((node, n) -> pathRows.add(new Object[] {node, n}));
            assertSameBag("paths" + w, Programs.rows(res, "paths"), pathRows);
            assertSameBag("halves" + w, Programs.rows(res, "halves"), halfRows);
            assertSameBag("fanout" + w, Programs.rows(res, "fanout"), fanoutRows);
            assertSameBag("reach" + w, Programs.rows(res, "reach"), reach.stream().map(List::toArray).toList());
        }
    }

    private static List<Object[]> boxed(List<long[]> rows) {
        return rows.stream().map(r -> new Object[] {r[0], r[1]}).toList();
    }
}
