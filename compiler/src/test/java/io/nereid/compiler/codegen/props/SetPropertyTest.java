package io.nereid.compiler.codegen.props;

import static io.nereid.compiler.codegen.props.Bags.assertSameBag;

import io.nereid.operators.Results;
import io.nereid.runtime.exec.Config;
import java.util.ArrayList;
import java.util.HashSet;
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
 * Distinct, union, concat, intersect and except on whole rows and on projected keys, and the
 * semi- and anti-joins of {@code exists} / {@code not exists}, against Java sets and lists.
 */
class SetPropertyTest {
    static final String PROGRAM = """
            input a : (k: long, s: string, d: double);
            input b : (k: long, s: string, d: double);
            let uniq = a.distinct();
            let keys = (from x in a select (k: x.k)).distinct();
            let both = a.union(b);
            let all = a.concat(b);
            let common = a.intersect(b);
            let onlyA = a.except(b);
            let keysOnlyA = (from x in a select (k: x.k)).except(from y in b select (k: y.k));
            let symmetric = a.union(b).except(a.intersect(b));
            let twice = a.concat(a);
            let selfCommon = a.intersect(a);
            let selfExcept = a.except(a);
            let perWord = from x in a.concat(b) group x by x.s into g select (s: g.key, n: count(g));
            let absent = from x in a where not exists (from y in b where y.k == x.k select y) select x;
            let absentPair = from x in a where not exists (from y in b where y.s == x.s and x.k == y.k and y.d > 0.0 select y)
                             select (k: x.k, s: x.s);
            let present = from x in a where x.d < 1.0 and exists (from y in b where y.s == x.s select y) select x;
            output uniq;
            output keys;
            output both;
            output all;
            output common;
            output onlyA;
            output keysOnlyA;
            output symmetric;
            output twice;
            output selfCommon;
            output selfExcept;
            output perWord;
            output absent;
            output absentPair;
            output present;
            """;
    private static final Programs.Compiled P = Programs.compile("sets", PROGRAM);

    record Inputs(List<Row> a, List<Row> b) {
    }

    @Provide
    Arbitrary<Inputs> inputs() {
        return Shape.any().flatMap(s -> {
            Arbitrary<Row> row = Combinators.combine(s.keys(), s.words(), Arbitraries.of(-1.5, 0.25, 2.0))
                    .as((k, w, d) -> Row.of(k, w, d));
            return Combinators.combine(Shape.relation(row), Shape.relation(row)).as(Inputs::new);
        });
    }

    private static List<Object> k(Row r) {
        return List.of(r.l(0));
    }

    private static List<Object[]> arrays(Iterable<List<Object>> rows) {
        List<Object[]> out = new ArrayList<>();
        rows.forEach(r -> out.add(r.toArray()));
        return out;
    }

    @Property(tries = 30)
    void setOperationsMatchJavaSets(@ForAll("inputs") Inputs in) {
        Set<List<Object>> setA = new LinkedHashSet<>();
        in.a().forEach(r -> setA.add(r.values()));
        Set<List<Object>> setB = new LinkedHashSet<>();
        in.b().forEach(r -> setB.add(r.values()));
        Set<List<Object>> keys = new LinkedHashSet<>();
        in.a().forEach(r -> keys.add(k(r)));
        Set<List<Object>> bKeys = new HashSet<>();
        in.b().forEach(r -> bKeys.add(k(r)));
        Set<List<Object>> both = new LinkedHashSet<>(setA);
        both.addAll(setB);
        List<List<Object>> all = new ArrayList<>();
        in.a().forEach(r -> all.add(r.values()));
        in.b().forEach(r -> all.add(r.values()));
        Set<List<Object>> common = new LinkedHashSet<>(setA);
        common.retainAll(setB);
        Set<List<Object>> onlyA = new LinkedHashSet<>(setA);
        onlyA.removeAll(setB);
        Set<List<Object>> keysOnlyA = new LinkedHashSet<>(keys);
        keysOnlyA.removeAll(bKeys);
        Set<List<Object>> symmetric = new LinkedHashSet<>(both);
        symmetric.removeAll(common);
        Map<String, Long> perWord = new LinkedHashMap<>();
        all.forEach(r -> perWord.merge((String) r.get(1), 1L, Long::sum));
        List<List<Object>> absent = new ArrayList<>();
        List<List<Object>> absentPair = new ArrayList<>();
        List<List<Object>> present = new ArrayList<>();
        for (Row x : in.a()) {
            boolean keyInB = false;
            boolean pairInB = false;
            boolean wordInB = false;
            for (Row y : in.b()) {
                keyInB |= y.l(0) == x.l(0);
                pairInB |= y.s(1).equals(x.s(1)) && x.l(0) == y.l(0) && y.d(2) > 0.0;
                wordInB |= y.s(1).equals(x.s(1));
            }
            if (!keyInB) {
                absent.add(x.values());
            }
            if (!pairInB) {
                absentPair.add(List.of(x.l(0), x.s(1)));
            }
            if (x.d(2) < 1.0 && wordInB) {
                present.add(x.values());
            }
        }
        List<Object[]> words = new ArrayList<>();
        perWord.forEach((s, n) -> words.add(new Object[] {s, n}));
        for (Config c : Programs.CONFIGS) {
            Results res = Programs.run(P, c, Map.of("a", Row.arrays(in.a()), "b", Row.arrays(in.b())));
            String w = " (" + c.workers() + " workers)";
            assertSameBag("uniq" + w, Programs.rows(res, "uniq"), arrays(setA));
            assertSameBag("keys" + w, Programs.rows(res, "keys"), arrays(keys));
            assertSameBag("both" + w, Programs.rows(res, "both"), arrays(both));
            assertSameBag("all" + w, Programs.rows(res, "all"), arrays(all));
            assertSameBag("common" + w, Programs.rows(res, "common"), arrays(common));
            assertSameBag("onlyA" + w, Programs.rows(res, "onlyA"), arrays(onlyA));
            assertSameBag("keysOnlyA" + w, Programs.rows(res, "keysOnlyA"), arrays(keysOnlyA));
            assertSameBag("symmetric" + w, Programs.rows(res, "symmetric"), arrays(symmetric));
            List<Object[]> twice = new ArrayList<>(Row.arrays(in.a()));
            twice.addAll(Row.arrays(in.a()));
            assertSameBag("twice" + w, Programs.rows(res, "twice"), twice);
            assertSameBag("selfCommon" + w, Programs.rows(res, "selfCommon"), arrays(setA));
            assertSameBag("selfExcept" + w, Programs.rows(res, "selfExcept"), List.of());
            assertSameBag("perWord" + w, Programs.rows(res, "perWord"), words);
            assertSameBag("absent" + w, Programs.rows(res, "absent"), arrays(absent));
            assertSameBag("absentPair" + w, Programs.rows(res, "absentPair"), arrays(absentPair));
            assertSameBag("present" + w, Programs.rows(res, "present"), arrays(present));
        }
    }
}
