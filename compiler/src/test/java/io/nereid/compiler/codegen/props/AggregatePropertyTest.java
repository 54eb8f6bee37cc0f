package io.nereid.compiler.codegen.props;

import static io.nereid.compiler.codegen.props.Bags.assertSameBag;
import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.compiler.physical.Entry;
import io.nereid.compiler.physical.Stage;
import io.nereid.operators.Results;
import io.nereid.runtime.exec.Config;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Group-by with count, sum, min, max, avg and having, on long, string, composite and computed
 * keys, an aggregate of an aggregate, one on an already partitioned stream, and one after a join,
 * against Java maps of groups. Most go through partial aggregation before the exchange.
 */
class AggregatePropertyTest {
    static final String PROGRAM = """
            input r : (k: long, j: int, v: long, d: double, s: string);
            let stats = from x in r group x by x.k into g
                        select (k: g.key, n: count(g), total: sum(g.v), lo: min(g.v), hi: max(g.v), mean: avg(g.v),
                                dsum: sum(g.d), dlo: min(g.d), dmean: avg(g.d), shi: max(g.s), jsum: sum(g.j), jlo: min(g.j));
            let popular = from x in r group x.v by x.s into g having count(g) >= 3 and sum(g) > 0L and avg(g) < 400.0
                          select (s: g.key, n: count(g), hi: max(g));
            let pairs = from x in r group x.d by (a: x.k, b: x.j) into g
                        select (a: g.key.a, b: g.key.b, mean: avg(g), n: count(g));
            let mods = from x in r group x.j by x.v % 7L into g select (m: g.key, total: sum(g), mean: avg(g));
            let sizes = from t in stats group t by t.n into g select (n: g.key, groups: count(g), most: max(g.total));
            let again = from t in stats where t.total > 0L group t.hi by t.k into g select (k: g.key, hi: max(g), n: count(g));
            let joined = from x in r where x.v > 800L join y in r on x.j equals y.j
                         group y.v by x.k into g select (k: g.key, n: count(g), total: sum(g));
            let total = from x in r group x.v by 1L into g select (n: count(g), s: sum(g), lo: min(g));
            let signs = from x in r group x.d by x.v > 0L into g having count(g) > 1 select (pos: g.key, top: max(g));
            output stats;
            output total;
            output signs;
            output popular;
            output pairs;
            output mods;
            output sizes;
            output again;
            output joined;
            """;
    private static final Programs.Compiled P = Programs.compile("aggregate", PROGRAM);

    @Provide
    Arbitrary<List<Row>> relation() {
        return Shape.any().map(s -> Combinators.combine(s.keys(), s.intKeys(), Shape.values(), Shape.doubles(), s.words())
                .as((k, j, v, d, w) -> Row.of(k, j, v, d, w))).flatMap(Shape::relation);
    }

    @Example
    void partialAggregatesGoBeforeTheExchange() {
        List<Stage> stages = P.physical().stages();
        long combined = stages.stream().filter(s -> s.combiner().isPresent()).count();
        long exchangedPartials = stages.stream().filter(s -> s.entry() instanceof Entry.AggregateMerge m && m.partialInput()
                && s.inputs().stream().anyMatch(i -> i.exchangeKeys().isPresent())).count();
        long pipelined = stages.stream().filter(s -> s.entry() instanceof Entry.AggregateMerge m && !m.partialInput()
                && s.inputs().stream().allMatch(i -> i.exchangeKeys().isEmpty())).count();
        assertThat(combined).as("stages with a combiner").isGreaterThanOrEqualTo(5);
        assertThat(exchangedPartials).as("merges of exchanged partials").isGreaterThanOrEqualTo(5);
        assertThat(pipelined).as("'again' is grouped by the key 'stats' is partitioned by: no exchange").isEqualTo(1);
    }

    /** Per group: count, long sum, min, max, double sum, min, string max, int sum, min. */
    private static final class Acc {
        long n;
        long total;
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        double dsum;
        double dlo = Double.POSITIVE_INFINITY;
        String shi;
        long jsum;
        int jlo = Integer.MAX_VALUE;

        void add(long v, double d, String s, int j) {
            n++;
            total += v;
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
            dsum += d;
            dlo = Math.min(dlo, d);
            shi = shi == null || s.compareTo(shi) > 0 ? s : shi;
            jsum += j;
            jlo = Math.min(jlo, j);
        }
    }

    private static <K> Map<K, Acc> groups(List<Row> rows, Function<Row, K> key) {
        Map<K, Acc> m = new LinkedHashMap<>();
        for (Row x : rows) {
            m.computeIfAbsent(key.apply(x), k -> new Acc()).add(x.l(2), x.d(3), x.s(4), x.i(1));
        }
        return m;
    }

    @Provide
    Arbitrary<List<Row>> large() {
        return Shape.any().map(s -> Combinators.combine(s.keys(), s.intKeys(), Shape.values(), Shape.doubles(), s.words())
                .as((k, j, v, d, w) -> Row.of(k, j, v, d, w))).flatMap(Shape::large);
    }

    @Property(tries = 30)
    void aggregatesMatchJavaGroups(@ForAll("relation") List<Row> r) {
        check(r);
    }

    @Property(tries = 3)
    void inputsOfSeveralBatchesAggregateAlike(@ForAll("large") List<Row> r) {
        check(r);
    }

    private static void check(List<Row> r) {
        List<Object[]> stats = new ArrayList<>();
        Map<Long, Acc> byK = groups(r, x -> x.l(0));
        byK.forEach((k, a) -> stats.add(new Object[] {k, a.n, a.total, a.lo, a.hi, (double) a.total / a.n, a.dsum, a.dlo,
                a.dsum / a.n, a.shi, a.jsum, a.jlo}));
        List<Object[]> popular = new ArrayList<>();
        groups(r, x -> x.s(4)).forEach((s, a) -> {
            if (a.n >= 3 && a.total > 0 && (double) a.total / a.n < 400.0) {
                popular.add(new Object[] {s, a.n, a.hi});
            }
        });
        List<Object[]> pairs = new ArrayList<>();
        groups(r, x -> List.of(x.l(0), x.i(1))).forEach((ab, a) -> pairs.add(new Object[] {ab.get(0), ab.get(1),
                a.dsum / a.n, a.n}));
        List<Object[]> mods = new ArrayList<>();
        groups(r, x -> x.l(2) % 7).forEach((m, a) -> mods.add(new Object[] {m, a.jsum, (double) a.jsum / a.n}));
        Map<Long, long[]> bySize = new LinkedHashMap<>(); // groups, most
        byK.values().forEach(a -> {
            long[] e = bySize.computeIfAbsent(a.n, n -> new long[] {0, Long.MIN_VALUE});
            e[0]++;
            e[1] = Math.max(e[1], a.total);
        });
        List<Object[]> sizes = new ArrayList<>();
        bySize.forEach((n, e) -> sizes.add(new Object[] {n, e[0], e[1]}));
        List<Object[]> again = new ArrayList<>();
        byK.forEach((k, a) -> {
            if (a.total > 0) {
                again.add(new Object[] {k, a.hi, 1L});
            }
        });
        Map<Long, long[]> joinedGroups = new LinkedHashMap<>();
        for (Row x : r) {
            if (x.l(2) > 800) {
                for (Row y : r) {
                    if (x.i(1) == y.i(1)) {
                        long[] e = joinedGroups.computeIfAbsent(x.l(0), k -> new long[2]);
                        e[0]++;
                        e[1] += y.l(2);
                    }
                }
            }
        }
        List<Object[]> joined = new ArrayList<>();
        joinedGroups.forEach((k, e) -> joined.add(new Object[] {k, e[0], e[1]}));
        List<Object[]> total = new ArrayList<>();
        if (!r.isEmpty()) {
            Acc all = groups(r, x -> 1L).get(1L);
            total.add(new Object[] {all.n, all.total, all.lo});
        }
        Map<Boolean, double[]> bySign = new LinkedHashMap<>();
        r.forEach(x -> bySign.merge(x.l(2) > 0, new double[] {1, x.d(3)}, (p, q) -> new double[] {p[0] + q[0], Math.max(p[1], q[1])}));
        List<Object[]> signs = new ArrayList<>();
        bySign.forEach((pos, e) -> {
            if (e[0] > 1) {
                signs.add(new Object[] {pos, e[1]});
            }
        });
        for (Config c : Programs.CONFIGS) {
            Results res = Programs.run(P, c, Map.of("r", Row.arrays(r)));
            assertSameBag("total", Programs.rows(res, "total"), total);
            assertSameBag("signs", Programs.rows(res, "signs"), signs);
            String w = " (" + c.workers() + " workers)";
            assertSameBag("stats" + w, Programs.rows(res, "stats"), stats);
            assertSameBag("popular" + w, Programs.rows(res, "popular"), popular);
            assertSameBag("pairs" + w, Programs.rows(res, "pairs"), pairs);
            assertSameBag("mods" + w, Programs.rows(res, "mods"), mods);
            assertSameBag("sizes" + w, Programs.rows(res, "sizes"), sizes);
            assertSameBag("again" + w, Programs.rows(res, "again"), again);
            assertSameBag("joined" + w, Programs.rows(res, "joined"), joined);
        }
    }
}
