package io.nereid.compiler.codegen.props;

import static io.nereid.compiler.codegen.props.Bags.assertSameBag;

import io.nereid.operators.Results;
import io.nereid.runtime.exec.Config;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * An iterate inside an iterate: bounded in bounded (the inner starting from the outer variable),
 * an inner body that joins the outer variable (invariant for the inner loop, new every outer
 * round) and the loop-invariant edges, a fixpoint inside a bounded loop and a bounded loop inside
 * a fixpoint, against nested loops in Java.
 */
class NestedLoopPropertyTest {
    static final String PROGRAM = """
            input nodes : (node: long, w: long);
            input edges : (src: long, dst: long);
            let start = from n in nodes group n.w by n.node into g select (k: g.key, v: min(g));
            let counted = iterate r = start times 2 {
                            iterate s = r times 3 { from y in s select (k: y.k, v: y.v + 1L) }
                          };
            let walked = iterate r = start times 2 {
                           iterate s = r times 2 {
                             from y in s join e in edges on y.k equals e.src
                             group y.v by e.dst into g select (k: g.key, v: min(g) + 1L)
                           }
                         };
            let outerRead = iterate r = start times 2 {
                              iterate s = r times 2 {
                                from y in s join q in r on y.k equals q.k select (k: y.k, v: (y.v + q.v) % 1000L)
                              }
                            };
            let fixInTimes = iterate r = start times 2 {
                               from y in (iterate s = r until fixpoint {
                                            from x in s.concat(from z in s join e in edges on z.k equals e.src
                                                               select (k: e.dst, v: z.v))
                                            group x.v by x.k into g select (k: g.key, v: min(g))
                                          })
                               select (k: y.k, v: y.v - 1L)
                             };
            let timesInFix = iterate r = start until fixpoint {
                               iterate s = r times 1 {
                                 from x in s.concat(from z in s join e in edges on z.k equals e.src select (k: e.dst, v: z.v))
                                 group x.v by x.k into g select (k: g.key, v: min(g))
                               }
                             };
            output counted;
            output walked;
            output outerRead;
            output fixInTimes;
            output timesInFix;
            """;
    private static final Programs.Compiled P = Programs.compile("nested", PROGRAM);

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

    private static List<long[]> rounds(List<long[]> start, int n, UnaryOperator<List<long[]>> body) {
        List<long[]> r = start;
        for (int i = 0; i < n; i++) {
            r = body.apply(r);
        }
        return r;
    }

    /** Rounds until the rows stop changing (as multisets). */
    private static List<long[]> fixpoint(List<long[]> start, UnaryOperator<List<long[]>> body) {
        List<long[]> r = start;
        while (true) {
            List<long[]> next = body.apply(r);
            if (sorted(next).equals(sorted(r))) {
                return r;
            }
            r = next;
        }
    }

    private static List<List<Long>> sorted(List<long[]> rows) {
        List<List<Long>> out = new ArrayList<>(rows.stream().map(x -> List.of(x[0], x[1])).toList());
        out.sort((a, b) -> a.get(0).equals(b.get(0)) ? Long.compare(a.get(1), b.get(1)) : Long.compare(a.get(0), b.get(0)));
        return out;
    }

    private static List<long[]> minLabelStep(List<long[]> s, List<Row> edges) {
        Map<Long, Long> min = new LinkedHashMap<>();
        s.forEach(x -> min.merge(x[0], x[1], Math::min));
        for (long[] z : s) {
            for (Row e : edges) {
                if (e.l(0) == z[0]) {
                    min.merge(e.l(1), z[1], Math::min);
                }
            }
        }
        List<long[]> next = new ArrayList<>();
        min.forEach((k, v) -> next.add(new long[] {k, v}));
        return next;
    }

    private static List<Object[]> boxed(List<long[]> rows) {
        return rows.stream().map(x -> new Object[] {x[0], x[1]}).toList();
    }

    @Property(tries = 20)
    void nestedLoopsMatchNestedRoundsInJava(@ForAll("inputs") Inputs in) {
        Map<Long, Long> startMap = new LinkedHashMap<>();
        in.nodes().forEach(n -> startMap.merge(n.l(0), n.l(1), Math::min));
        List<long[]> start = new ArrayList<>();
        startMap.forEach((k, w) -> start.add(new long[] {k, w}));
        List<long[]> counted = rounds(start, 2, r -> rounds(r, 3, s -> s.stream().map(y -> new long[] {y[0], y[1] + 1}).toList()));
        List<long[]> walked = rounds(start, 2, r -> rounds(r, 2, s -> {
            Map<Long, Long> min = new LinkedHashMap<>();
            for (long[] y : s) {
                for (Row e : in.edges()) {
                    if (e.l(0) == y[0]) {
                        min.merge(e.l(1), y[1], Math::min);
                    }
                }
            }
            List<long[]> next = new ArrayList<>();
            min.forEach((k, v) -> next.add(new long[] {k, v + 1}));
            return next;
        }));
        List<long[]> outerRead = rounds(start, 2, r -> rounds(r, 2, s -> {
            List<long[]> next = new ArrayList<>();
            for (long[] y : s) {
                for (long[] q : r) {
                    if (y[0] == q[0]) {
                        next.add(new long[] {y[0], (y[1] + q[1]) % 1000});
                    }
                }
            }
            return next;
        }));
        List<long[]> fixInTimes = rounds(start, 2, r -> fixpoint(r, s -> minLabelStep(s, in.edges())).stream()
                .map(y -> new long[] {y[0], y[1] - 1}).toList());
        List<long[]> timesInFix = fixpoint(start, r -> minLabelStep(r, in.edges()));
        for (Config c : Programs.CONFIGS) {
            Results res = Programs.run(P, c, Map.of("nodes", Row.arrays(in.nodes()), "edges", Row.arrays(in.edges())));
            String w = " (" + c.workers() + " workers)";
            assertSameBag("counted" + w, Programs.rows(res, "counted"), boxed(counted));
            assertSameBag("walked" + w, Programs.rows(res, "walked"), boxed(walked));
            assertSameBag("outerRead" + w, Programs.rows(res, "outerRead"), boxed(outerRead));
            assertSameBag("fixInTimes" + w, Programs.rows(res, "fixInTimes"), boxed(fixInTimes));
            assertSameBag("timesInFix" + w, Programs.rows(res, "timesInFix"), boxed(timesInFix));
        }
    }
}
