package io.nereid.compiler.codegen.props;

import static io.nereid.compiler.codegen.props.Bags.assertSameBag;

import io.nereid.operators.Results;
import io.nereid.runtime.exec.Config;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Loop bodies built from every kind of operator: the invariant relation on the left of a join,
 * the variable joined with itself, an anti-join and an except of the variable with itself, a
 * top-k, an aggregate of the invariant joined in (also read by a second loop and output
 * itself), a loop over another loop's result, and {@code until fixpoint} (min-label
 * propagation), each against the rounds computed in Java.
 */
class LoopBodyPropertyTest {
    static final String PROGRAM = """
            input nodes : (node: long, w: long);
            input edges : (src: long, dst: long);
            let start = from n in nodes group n.w by n.node into g select (node: g.key, w: min(g));
            let leftInvariant = iterate r = start times 3 {
                                  from e in edges join y in r on e.src equals y.node
                                  group y.w by e.dst into g select (node: g.key, w: max(g) - 1L)
                                };
            let squares = iterate r = start times 2 {
                            from y in r join z in r on y.node equals z.node select (node: y.node, w: y.w * z.w % 1000L)
                          };
            let shrinking = iterate r = start times 3 {
                              let low = from y in r where y.w < 0L select (node: y.node + 1L, w: y.w);
                              from y in r where not exists (from z in low where z.node == y.node select z)
                              select (node: y.node, w: y.w + 1L)
                            };
            let trimmed = iterate r = start times 2 {
                            r.except(from y in r orderby y.w descending, y.node select y take 2)
                          };
            let degree = from e in edges group e by e.src into g select (node: g.key, deg: count(g));
            let weighted = iterate r = start times 2 {
                             from y in r join d in degree on y.node equals d.node
                             select (node: (y.node + d.deg) % 7L, w: y.w + d.deg)
                           };
            let chained = iterate r = weighted times 2 {
                            from d in degree join y in r on d.node equals y.node select (node: y.node, w: y.w - d.deg)
                          };
            let labels = iterate l = (from n in start select (node: n.node, label: n.node)) until fixpoint {
                           from x in l.concat(from e in edges join y in l on e.src equals y.node
                                              select (node: e.dst, label: y.label))
                           group x.label by x.node into g
                           select (node: g.key, label: min(g))
                         };
            output leftInvariant;
            output squares;
            output shrinking;
            output trimmed;
            output weighted;
            output labels;
            output chained;
            output degree;
            """;
    private static final Programs.Compiled P = Programs.compile("loopbody", PROGRAM);

    record Inputs(List<Row> nodes, List<Row> edges) {
    }

    @Provide
    Arbitrary<Inputs> inputs() {
        return Shape.any().flatMap(s -> {
            Arbitrary<Row> node = Combinators.combine(s.keys(), Shape.values()).as((k, w) -> Row.of(k, w));
            Arbitrary<Row> edge = Combinators.combine(s.keys(), s.keys()).as((a, b) -> Row.of(a, b));
            return Combinators.combine(Shape.relation(node), Shape.relation(edge)).as(Inputs::new);
        });
    }

    /** Rows (node, w) as a list of pairs. */
    private static List<long[]> rounds(List<long[]> start, int n, UnaryOperator<List<long[]>> body) {
        List<long[]> r = start;
        for (int i = 0; i < n; i++) {
            r = body.apply(r);
        }
        return r;
    }

    private static List<Object[]> boxed(Iterable<long[]> rows) {
        List<Object[]> out = new ArrayList<>();
        rows.forEach(r -> out.add(new Object[] {r[0], r[1]}));
        return out;
    }

    @Property(tries = 25)
    void loopBodiesMatchRoundsInJava(@ForAll("inputs") Inputs in) {
        Map<Long, Long> startMap = new LinkedHashMap<>();
        in.nodes().forEach(n -> startMap.merge(n.l(0), n.l(1), Math::min));
        List<long[]> start = new ArrayList<>();
        startMap.forEach((k, w) -> start.add(new long[] {k, w}));
        List<long[]> leftInvariant = rounds(start, 3, r -> {
            Map<Long, Long> max = new LinkedHashMap<>();
            for (Row e : in.edges()) {
                for (long[] y : r) {
                    if (e.l(0) == y[0]) {
                        max.merge(e.l(1), y[1], Math::max);
                    }
                }
            }
            List<long[]> next = new ArrayList<>();
            max.forEach((k, w) -> next.add(new long[] {k, w - 1}));
            return next;
        });
        List<long[]> squares = rounds(start, 2, r -> {
            List<long[]> next = new ArrayList<>();
            for (long[] y : r) {
                for (long[] z : r) {
                    if (y[0] == z[0]) {
                        next.add(new long[] {y[0], y[1] * z[1] % 1000});
                    }
                }
            }
            return next;
        });
        List<long[]> shrinking = rounds(start, 3, r -> {
            Set<Long> low = new LinkedHashSet<>();
            r.forEach(y -> {
                if (y[1] < 0) {
                    low.add(y[0] + 1);
                }
            });
            List<long[]> next = new ArrayList<>();
            r.forEach(y -> {
                if (!low.contains(y[0])) {
                    next.add(new long[] {y[0], y[1] + 1});
                }
            });
            return next;
        });
        List<long[]> trimmed = rounds(start, 2, r -> {
            List<long[]> sorted = new ArrayList<>(r);
            sorted.sort(Comparator.<long[]>comparingLong(y -> -y[1]).thenComparingLong(y -> y[0]));
            Set<List<Long>> top = new LinkedHashSet<>();
            sorted.subList(0, Math.min(2, sorted.size())).forEach(y -> top.add(List.of(y[0], y[1])));
            Set<List<Long>> rest = new LinkedHashSet<>();
            r.forEach(y -> rest.add(List.of(y[0], y[1])));
            rest.removeAll(top);
            return rest.stream().map(y -> new long[] {y.get(0), y.get(1)}).toList();
        });
        Map<Long, Long> degree = new LinkedHashMap<>();
        in.edges().forEach(e -> degree.merge(e.l(0), 1L, Long::sum));
        List<long[]> weighted = rounds(start, 2, r -> {
            List<long[]> next = new ArrayList<>();
            r.forEach(y -> {
                Long d = degree.get(y[0]);
                if (d != null) {
                    next.add(new long[] {(y[0] + d) % 7, y[1] + d});
                }
            });
            return next;
        });
        List<long[]> chained = rounds(weighted, 2, r -> {
            List<long[]> next = new ArrayList<>();
            r.forEach(y -> {
                Long d = degree.get(y[0]);
                if (d != null) {
                    next.add(new long[] {y[0], y[1] - d});
                }
            });
            return next;
        });
        List<long[]> degrees = new ArrayList<>();
        degree.forEach((k, d) -> degrees.add(new long[] {k, d}));
        // min-label propagation along directed edges, from the start nodes only
        Map<Long, Long> label = new LinkedHashMap<>();
        startMap.keySet().forEach(k -> label.put(k, k));
        boolean changed = true;
        while (changed) {
            Map<Long, Long> next = new LinkedHashMap<>(label);
            for (Row e : in.edges()) {
                Long l = label.get(e.l(0));
                if (l != null) {
                    next.merge(e.l(1), l, Math::min);
                }
            }
            changed = !next.equals(label);
            label.clear();
            label.putAll(next);
        }
        List<long[]> labels = new ArrayList<>();
        label.forEach((k, l) -> labels.add(new long[] {k, l}));
        for (Config c : Programs.CONFIGS) {
            Results res = Programs.run(P, c, Map.of("nodes", Row.arrays(in.nodes()), "edges", Row.arrays(in.edges())));
            String w = " (" + c.workers() + " workers)";
            assertSameBag("leftInvariant" + w, Programs.rows(res, "leftInvariant"), boxed(leftInvariant));
            assertSameBag("squares" + w, Programs.rows(res, "squares"), boxed(squares));
            assertSameBag("shrinking" + w, Programs.rows(res, "shrinking"), boxed(shrinking));
            assertSameBag("trimmed" + w, Programs.rows(res, "trimmed"), boxed(trimmed));
            assertSameBag("weighted" + w, Programs.rows(res, "weighted"), boxed(weighted));
            assertSameBag("labels" + w, Programs.rows(res, "labels"), boxed(labels));
            assertSameBag("chained" + w, Programs.rows(res, "chained"), boxed(chained));
            assertSameBag("degree" + w, Programs.rows(res, "degree"), boxed(degrees));
        }
    }
}
