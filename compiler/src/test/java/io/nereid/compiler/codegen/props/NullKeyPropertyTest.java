package io.nereid.compiler.codegen.props;

import static io.nereid.compiler.codegen.props.Bags.assertSameBag;

import io.nereid.operators.Results;
import io.nereid.runtime.exec.Config;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Left outer joins and the operators keyed by the nullable values they produce, against
 * straightforward Java over boxed values: a null key matches nothing in a join (inner, left,
 * exists, not exists), is one group in group-by, distinct, union and except, and sorts last in
 * order by. Relations come empty, with duplicate keys, and skewed (one key holding most
 * records).
 */
class NullKeyPropertyTest {
    static final String PROGRAM = """
            input a : (k: long, v: long);
            input b : (k: long, w: long);
            input c : (k: long, x: long);
            let l = from p in a left join q in b on p.k equals q.k select (k: p.k, v: p.v, bk: q.w, w: q.w);
            let leftAgain = from p in l left join z in c on p.bk equals z.k select (v: p.v, bk: p.bk, x: z.x);
            let inner = from p in l join z in c on p.bk equals z.k select (v: p.v, bk: p.bk, x: z.x);
            let groups = from p in l group p.v by p.bk into g select (bk: g.key, n: count(g), s: sum(g));
            let unique = (from p in l select (bk: p.bk, k: p.k)).distinct();
            let both = (from p in l select (bk: p.bk)).union(from z in c select (bk: z.k));
            let only = (from p in l select (bk: p.bk)).except(from z in c select (bk: z.k));
            let present = from p in l where exists (from z in c where z.k == p.bk select z) select (v: p.v);
            let absent = from p in l where not exists (from z in c where z.k == p.bk select z) select (v: p.v);
            let top = from p in l orderby p.bk descending, p.v, p.k select (bk: p.bk, v: p.v, k: p.k) take 7;
            output l;
            output top;
            output leftAgain;
            output inner;
            output groups;
            output unique;
            output both;
            output only;
            output present;
            output absent;
            """;
    private static final Programs.Compiled P = Programs.compile("nullkeys", PROGRAM);

    /** Three relations of one shape; b's values double as keys into c, so that some joins hit. */
    record Inputs(List<Row> a, List<Row> b, List<Row> c) {
    }

    @Provide
    Arbitrary<Inputs> inputs() {
        return Shape.any().flatMap(s -> {
            Arbitrary<Row> row = Combinators.combine(s.keys(), s.keys()).as((k, v) -> Row.of(k, v));
            Arbitrary<Row> small = Combinators.combine(s.keys(), s.keys()).as((k, v) -> Row.of(k, v));
            return Combinators.combine(Shape.relation(row), small.list().ofMaxSize(40), small.list().ofMaxSize(40))
                    .as(Inputs::new);
        });
    }

    @Property(tries = 40)
    void nullKeysMatchNothingAndGroupAsOne(@ForAll("inputs") Inputs in) {
        Map<String, List<Object[]>> expected = reference(in);
        for (Config config : Programs.CONFIGS) {
            Results r = Programs.run(P, config, Map.of("a", Row.arrays(in.a()), "b", Row.arrays(in.b()),
                    "c", Row.arrays(in.c())));
            Bags.assertSameList("top on " + config.workers() + " workers", Programs.rows(r, "top"), top(in));
            expected.forEach((name, rows) -> assertSameBag(name + " on " + config.workers() + " workers",
                    Programs.rows(r, name), rows));
        }
    }

    /** The first rows of l by bk descending (nulls last), then v, then k. */
    static List<Object[]> top(Inputs in) {
        List<Object[]> rows = new ArrayList<>();
        for (Object[] p : reference(in).get("l")) {
            rows.add(new Object[] {p[2], p[1], p[0]});
        }
        rows.sort(java.util.Comparator.comparing((Object[] x) -> (Long) x[0],
                        java.util.Comparator.nullsLast(java.util.Comparator.<Long>reverseOrder()))
                .thenComparing(x -> (Long) x[1]).thenComparing(x -> (Long) x[2]));
        return rows.subList(0, Math.min(7, rows.size()));
    }

    /** The same program as plain Java over boxed values (null is Java's null). */
    static Map<String, List<Object[]>> reference(Inputs in) {
        Map<String, List<Object[]>> out = new LinkedHashMap<>();
        List<Object[]> l = new ArrayList<>();
        for (Row p : in.a()) {
            boolean hit = false;
            for (Row q : in.b()) {
                if (p.l(0) == q.l(0)) {
                    hit = true;
                    l.add(new Object[] {p.l(0), p.l(1), q.l(1), q.l(1)});
                }
            }
            if (!hit) {
                l.add(new Object[] {p.l(0), p.l(1), null, null});
            }
        }
        out.put("l", l);
        List<Object[]> leftAgain = new ArrayList<>();
        List<Object[]> inner = new ArrayList<>();
        List<Object[]> present = new ArrayList<>();
        List<Object[]> absent = new ArrayList<>();
        for (Object[] p : l) {
            boolean hit = false;
            for (Row z : in.c()) {
                if (p[2] != null && (Long) p[2] == z.l(0)) { // null equals nothing
                    hit = true;
                    leftAgain.add(new Object[] {p[1], p[2], z.l(1)});
                    inner.add(new Object[] {p[1], p[2], z.l(1)});
                }
            }
            if (!hit) {
                leftAgain.add(new Object[] {p[1], p[2], null});
            }
            (hit ? present : absent).add(new Object[] {p[1]});
        }
        out.put("leftAgain", leftAgain);
        out.put("inner", inner);
        Map<Long, long[]> groups = new HashMap<>(); // a HashMap holds one null key: the null group
        for (Object[] p : l) {
            long[] g = groups.computeIfAbsent((Long) p[2], k -> new long[2]);
            g[0]++;
            g[1] += (Long) p[1];
        }
        List<Object[]> grouped = new ArrayList<>();
        groups.forEach((k, g) -> grouped.add(new Object[] {k, g[0], g[1]}));
        out.put("groups", grouped);
        Set<List<Object>> unique = new HashSet<>();
        for (Object[] p : l) {
            unique.add(java.util.Arrays.asList(p[2], p[0]));
        }
        out.put("unique", unique.stream().map(List::toArray).toList());
        Set<Long> fromL = new HashSet<>();
        l.forEach(p -> fromL.add((Long) p[2]));
        Set<Long> fromC = new HashSet<>();
        in.c().forEach(z -> fromC.add(z.l(0)));
        Set<Long> both = new HashSet<>(fromL);
        both.addAll(fromC);
        out.put("both", both.stream().map(k -> new Object[] {k}).toList());
        out.put("only", fromL.stream().filter(k -> !fromC.contains(k)).map(k -> new Object[] {k}).toList());
        out.put("present", present);
        out.put("absent", absent);
        out.values().forEach(rows -> rows.forEach(Objects::requireNonNull));
        return out;
    }
}
