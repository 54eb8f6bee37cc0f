package io.nereid.compiler.codegen.props;

import static io.nereid.compiler.codegen.props.Bags.assertSameBag;

import io.nereid.operators.Results;
import io.nereid.runtime.exec.Config;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Inner equi-joins on one key, on composite keys, on strings, on an int key against a long one,
 * on a computed key, a filtered self-join and a join of joins, against nested loops in Java.
 */
class JoinPropertyTest {
    static final String PROGRAM = """
            input a : (k: long, j: int, v: long, s: string);
            input b : (k: long, j: int, w: double, s: string);
            let single = from x in a join y in b on x.k equals y.k select (k: x.k, v: x.v, w: y.w);
            let composite = from x in a join y in b on (x.k, x.j) equals (y.k, y.j)
                            select (k: x.k, j: x.j, v: x.v, w: y.w);
            let strings = from x in a join y in b on x.s equals y.s select (s: x.s, v: x.v, j: y.j);
            let mixed = from x in a join y in b on x.j equals y.k select (j: x.j, v: x.v, k: y.k);
            let crossMixed = from x in a from y in b where x.j == y.k select (j: x.j, v: x.v, k: y.k);
            let semiMixed = from x in a where exists (from y in b where y.k == x.j select y) select (j: x.j, v: x.v);
            let computed = from x in a join y in b on x.k + 1L equals y.k select (k: x.k, v: x.v, w: y.w);
            let big = from x in a where x.v > 900L select x;
            let self = from x in big join y in big on x.k equals y.k where x.v <= y.v select (k: x.k, p: x.v, q: y.v);
            let chain = from x in b join y in a on x.k equals y.k join z in b on y.j equals z.j
                        where x.w < z.w
                        select (k: x.k, j: z.j, v: y.v);
            output single;
            output composite;
            output strings;
            output mixed;
            output crossMixed;
            output semiMixed;
            output computed;
            output self;
            output chain;
            """;
    private static final Programs.Compiled P = Programs.compile("join", PROGRAM);

    /** Two relations of one shape; the right one is small, so that skewed joins stay a few thousand rows. */
    record Inputs(List<Row> a, List<Row> b) {
    }

    @Provide
    Arbitrary<Inputs> inputs() {
        return Shape.any().flatMap(s -> {
            Arbitrary<Row> left = Combinators.combine(s.keys(), s.intKeys(), Shape.values(), s.words())
                    .as((k, j, v, w) -> Row.of(k, j, v, w));
            Arbitrary<Row> right = Combinators.combine(s.keys(), s.intKeys(), Shape.doubles(), s.words())
                    .as((k, j, w, t) -> Row.of(k, j, w, t));
            return Combinators.combine(Shape.relation(left), right.list().ofMaxSize(40)).as(Inputs::new);
        });
    }

    @Property(tries = 30)
    void joinsMatchNestedLoops(@ForAll("inputs") Inputs in) {
        List<Object[]> single = new ArrayList<>();
        List<Object[]> composite = new ArrayList<>();
        List<Object[]> strings = new ArrayList<>();
        List<Object[]> mixed = new ArrayList<>();
        List<Object[]> computed = new ArrayList<>();
        List<Object[]> self = new ArrayList<>();
        List<Object[]> chain = new ArrayList<>();
        for (Row x : in.a()) {
            for (Row y : in.b()) {
                if (x.l(0) == y.l(0)) {
                    single.add(new Object[] {x.l(0), x.l(2), y.d(2)});
                    if (x.i(1) == y.i(1)) {
                        composite.add(new Object[] {x.l(0), x.i(1), x.l(2), y.d(2)});
                    }
                }
                if (x.s(3).equals(y.s(3))) {
                    strings.add(new Object[] {x.s(3), x.l(2), y.i(1)});
                }
                if ((long) x.i(1) == y.l(0)) {
                    mixed.add(new Object[] {x.i(1), x.l(2), y.l(0)});
                }
                if (x.l(0) + 1 == y.l(0)) {
                    computed.add(new Object[] {x.l(0), x.l(2), y.d(2)});
                }
            }
            if (x.l(2) > 900) {
                for (Row y : in.a()) {
                    if (y.l(2) > 900 && x.l(0) == y.l(0) && x.l(2) <= y.l(2)) {
                        self.add(new Object[] {x.l(0), x.l(2), y.l(2)});
                    }
                }
            }
        }
        List<Object[]> semiMixed = new ArrayList<>();
        for (Row x : in.a()) {
            if (in.b().stream().anyMatch(y -> y.l(0) == (long) x.i(1))) {
                semiMixed.add(new Object[] {x.i(1), x.l(2)});
            }
        }
        for (Row x : in.b()) {
            for (Row y : in.a()) {
                if (x.l(0) != y.l(0)) {
                    continue;
                }
                for (Row z : in.b()) {
                    if (y.i(1) == z.i(1) && x.d(2) < z.d(2)) {
                        chain.add(new Object[] {x.l(0), z.i(1), y.l(2)});
                    }
                }
            }
        }
        for (Config c : Programs.CONFIGS) {
            Results res = Programs.run(P, c, Map.of("a", Row.arrays(in.a()), "b", Row.arrays(in.b())));
            String w = " (" + c.workers() + " workers)";
            assertSameBag("single" + w, Programs.rows(res, "single"), single);
            assertSameBag("composite" + w, Programs.rows(res, "composite"), composite);
            assertSameBag("strings" + w, Programs.rows(res, "strings"), strings);
            assertSameBag("mixed" + w, Programs.rows(res, "mixed"), mixed);
            assertSameBag("crossMixed" + w, Programs.rows(res, "crossMixed"), mixed);
            assertSameBag("semiMixed" + w, Programs.rows(res, "semiMixed"), semiMixed);
            assertSameBag("computed" + w, Programs.rows(res, "computed"), computed);
            assertSameBag("self" + w, Programs.rows(res, "self"), self);
            assertSameBag("chain" + w, Programs.rows(res, "chain"), chain);
        }
    }
}
