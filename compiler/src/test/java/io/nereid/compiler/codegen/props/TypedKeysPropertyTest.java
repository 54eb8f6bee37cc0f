package io.nereid.compiler.codegen.props;

import static io.nereid.compiler.codegen.props.Bags.assertSameBag;
import static io.nereid.compiler.codegen.props.Bags.assertSameList;

import io.nereid.operators.Results;
import io.nereid.runtime.exec.Config;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Keys and aggregates of every column type (bool, int, date, double with -0.0 and NaN, string):
 * group-by, min/max, joins, distinct and order-by. Doubles compare as {@link Double#compare}
 * does (the documented semantics: -0.0 before 0.0, NaN equal to itself and after everything).
 * Also run as two processes, so that every column type crosses a process boundary.
 */
class TypedKeysPropertyTest {
    static final String PROGRAM = """
            input r : (b: bool, i: int, t: date, d: double, s: string, l: long);
            let byInt = from x in r group x by x.i into g
                        select (i: g.key, n: count(g), bhi: max(g.b), blo: min(g.b), tlo: min(g.t), thi: max(g.t),
                                dhi: max(g.d), dlo: min(g.d), slo: min(g.s), isum: sum(g.i), iavg: avg(g.i));
            let byBool = from x in r group x.l by x.b into g select (b: g.key, n: count(g), total: sum(g));
            let byDate = from x in r group x.l by x.t into g select (t: g.key, total: sum(g), yr: year(g.key));
            let byDouble = from x in r group x.i by x.d into g select (d: g.key, n: count(g), hi: max(g));
            let byMixed = from x in r group x by (b: x.b, t: x.t, d: x.d) into g select (b: g.key.b, t: g.key.t, d: g.key.d, n: count(g));
            let few = from x in r where x.l > 800L select x;
            let onDouble = from x in few join y in r on x.d equals y.d select (d: x.d, p: x.l, q: y.l);
            let onDateBool = from x in few join y in r on (x.t, x.b) equals (y.t, y.b) select (t: x.t, b: x.b, p: x.l, q: y.l);
            let shapes = (from x in r select (b: x.b, t: x.t, d: x.d)).distinct();
            let ordered = from x in r orderby x.d descending, x.t, x.b descending, x.l select (d: x.d, t: x.t, b: x.b, l: x.l) take 9;
            output byInt;
            output byBool;
            output byDate;
            output byDouble;
            output byMixed;
            output onDouble;
            output onDateBool;
            output shapes;
            output ordered;
            """;
    private static final Programs.Compiled P = Programs.compile("typed", PROGRAM);
    private static final int DAY0 = (int) LocalDate.of(2023, 12, 30).toEpochDay();

    @Provide
    Arbitrary<List<Row>> relation() {
        Arbitrary<Double> d = Arbitraries.of(0.0, -0.0, Double.NaN, 1.5, -2.25, Double.POSITIVE_INFINITY);
        Arbitrary<Integer> days = Arbitraries.integers().between(0, 4).map(n -> DAY0 + n);
        return Shape.any().map(s -> Combinators.combine(Arbitraries.of(true, false), s.intKeys(), days, d, s.words(),
                Shape.values()).as((b, i, t, x, w, l) -> Row.of(b, i, t, x, w, l))).flatMap(Shape::relation);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object extreme(Object a, Object b, boolean max) {
        int c = ((Comparable) a).compareTo(b);
        return (max ? c >= 0 : c <= 0) ? a : b;
    }

    @Property(tries = 30)
    void everyKeyTypeGroupsJoinsAndSorts(@ForAll("relation") List<Row> r) {
        Map<Integer, Object[]> byInt = new LinkedHashMap<>();
        Map<Boolean, long[]> byBool = new LinkedHashMap<>();
        Map<Integer, Long> byDate = new LinkedHashMap<>();
        Map<Double, Object[]> byDouble = new LinkedHashMap<>();
        Map<List<Object>, Long> byMixed = new LinkedHashMap<>();
        Set<List<Object>> shapes = new LinkedHashSet<>();
        for (Row x : r) {
            Object[] g = byInt.get(x.i(1));
            if (g == null) {
                byInt.put(x.i(1), new Object[] {x.i(1), 1L, x.get(0), x.get(0), x.get(2), x.get(2), x.get(3), x.get(3),
                        x.get(4), (long) x.i(1), 0.0});
            } else {
                g[1] = (Long) g[1] + 1;
                g[2] = extreme(g[2], x.get(0), true);
                g[3] = extreme(g[3], x.get(0), false);
                g[4] = extreme(g[4], x.get(2), false);
                g[5] = extreme(g[5], x.get(2), true);
                g[6] = extreme(g[6], x.get(3), true);
                g[7] = extreme(g[7], x.get(3), false);
                g[8] = extreme(g[8], x.get(4), false);
                g[9] = (Long) g[9] + x.i(1);
            }
            long[] bb = byBool.computeIfAbsent((Boolean) x.get(0), k -> new long[2]);
            bb[0]++;
            bb[1] += x.l(5);
            byDate.merge(x.i(2), x.l(5), Long::sum);
            Object[] dd = byDouble.get(x.d(3));
            if (dd == null) {
                byDouble.put(x.d(3), new Object[] {x.d(3), 1L, x.i(1)});
            } else {
                dd[1] = (Long) dd[1] + 1;
                dd[2] = Math.max((Integer) dd[2], x.i(1));
            }
            byMixed.merge(List.of(x.get(0), x.get(2), x.get(3)), 1L, Long::sum);
            shapes.add(List.of(x.get(0), x.get(2), x.get(3)));
        }
        byInt.values().forEach(g -> g[10] = (double) (Long) g[9] / (Long) g[1]);
        List<Object[]> bools = new ArrayList<>();
        byBool.forEach((b, e) -> bools.add(new Object[] {b, e[0], e[1]}));
        List<Object[]> dates = new ArrayList<>();
        byDate.forEach((t, total) -> dates.add(new Object[] {t, total, LocalDate.ofEpochDay(t).getYear()}));
        List<Object[]> mixed = new ArrayList<>();
        byMixed.forEach((k, n) -> mixed.add(new Object[] {k.get(0), k.get(1), k.get(2), n}));
        List<Object[]> onDouble = new ArrayList<>();
        List<Object[]> onDateBool = new ArrayList<>();
        for (Row x : r) {
            if (x.l(5) <= 800) {
                continue;
            }
            for (Row y : r) {
                if (Double.valueOf(x.d(3)).equals(y.d(3))) {
                    onDouble.add(new Object[] {x.d(3), x.l(5), y.l(5)});
                }
                if (x.i(2) == y.i(2) && x.get(0).equals(y.get(0))) {
                    onDateBool.add(new Object[] {x.i(2), x.get(0), x.l(5), y.l(5)});
                }
            }
        }
        List<Object[]> ordered = new ArrayList<>(r.stream().map(x -> new Object[] {x.get(3), x.get(2), x.get(0), x.get(5)})
                .toList());
        ordered.sort(Comparator.<Object[], Double>comparing(o -> (Double) o[0]).reversed()
                .thenComparing(o -> (Integer) o[1])
                .thenComparing(Comparator.<Object[], Boolean>comparing(o -> (Boolean) o[2]).reversed())
                .thenComparing(o -> (Long) o[3]));
        List<Object[]> top = ordered.subList(0, Math.min(9, ordered.size()));
        for (int run = 0; run < 3; run++) {
            // 1 worker, 2 workers, and 2 processes of 1 worker (every column type through its wire codec)
            Results res = run < 2 ? Programs.run(P, Programs.CONFIGS.get(run), Map.of("r", Row.arrays(r)))
                    : Programs.runProcesses(P, 2, Config.workers(1), Map.of("r", Row.arrays(r)));
            String w = run < 2 ? " (" + Programs.CONFIGS.get(run).workers() + " workers)" : " (2 processes)";
            assertSameBag("byInt" + w, Programs.rows(res, "byInt"), new ArrayList<>(byInt.values()));
            assertSameBag("byBool" + w, Programs.rows(res, "byBool"), bools);
            assertSameBag("byDate" + w, Programs.rows(res, "byDate"), dates);
            assertSameBag("byDouble" + w, Programs.rows(res, "byDouble"), new ArrayList<>(byDouble.values()));
            assertSameBag("byMixed" + w, Programs.rows(res, "byMixed"), mixed);
            assertSameBag("onDouble" + w, Programs.rows(res, "onDouble"), onDouble);
            assertSameBag("onDateBool" + w, Programs.rows(res, "onDateBool"), onDateBool);
            assertSameBag("shapes" + w, Programs.rows(res, "shapes"), shapes.stream().map(List::toArray).toList());
            assertSameList("ordered" + w, Programs.rows(res, "ordered"), top);
        }
    }
}
