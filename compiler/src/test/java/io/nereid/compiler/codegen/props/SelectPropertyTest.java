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

/** Select, where and select-many (split, range, a filtered cross product) against Java loops over the rows. */
class SelectPropertyTest {
    static final String PROGRAM = """
            input r : (k: long, v: long, s: string, d: double);
            let proj = from x in r where x.v % 3 != 0 select (k: x.k, w: x.v * 2 + x.k, d: x.d * 0.5);
            let chained = r.where(x => x.k > 1 or x.v < -500).select(x => (k: x.k, s: x.s)).where(y => y.s != "w0");
            let signs = from x in r select (k: x.k, sign: if x.v > 0 then "pos" else if x.v < 0 then "neg" else "zero");
            let pieces = from x in r from p in split(x.s, "/") where p != "" select (k: x.k, p: p);
            let ranged = from x in r from i in range(x.k - 2L, x.k) select (k: x.k, i: i * 10L);
            let cross = from x in r where x.k < 1L from y in r where y.v > 950L select (a: x.v, b: y.v);
            output proj;
            output chained;
            output signs;
            output pieces;
            output ranged;
            output cross;
            """;
    private static final Programs.Compiled P = Programs.compile("select", PROGRAM);

    @Provide
    Arbitrary<List<Row>> relation() {
        Arbitrary<String> piece = Arbitraries.of("", "w0", "w1", "w2", "x");
        Arbitrary<String> text = piece.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("/", l));
        return Shape.any().map(s -> Combinators.combine(s.keys(), Shape.values(), text, Shape.doubles())
                .as((k, v, t, d) -> Row.of(k, v, t, d))).flatMap(Shape::relation);
    }

    @Property(tries = 30)
    void statelessOperatorsMatchJava(@ForAll("relation") List<Row> r) {
        List<Object[]> proj = new ArrayList<>();
        List<Object[]> chained = new ArrayList<>();
        List<Object[]> signs = new ArrayList<>();
        List<Object[]> pieces = new ArrayList<>();
        List<Object[]> ranged = new ArrayList<>();
        List<Object[]> cross = new ArrayList<>();
        for (Row x : r) {
            long k = x.l(0);
            long v = x.l(1);
            String s = x.s(2);
            if (v % 3 != 0) {
                proj.add(new Object[] {k, v * 2 + k, x.d(3) * 0.5});
            }
            if ((k > 1 || v < -500) && !s.equals("w0")) {
                chained.add(new Object[] {k, s});
            }
            signs.add(new Object[] {k, v > 0 ? "pos" : v < 0 ? "neg" : "zero"});
            int from = 0;
            while (true) { // pieces between the separators, empty ones included (then filtered out)
                int at = s.indexOf('/', from);
                String p = at < 0 ? s.substring(from) : s.substring(from, at);
                if (!p.isEmpty()) {
                    pieces.add(new Object[] {k, p});
                }
                if (at < 0) {
                    break;
                }
                from = at + 1;
            }
            for (long i = k - 2; i < k; i++) {
                ranged.add(new Object[] {k, i * 10});
            }
            if (k < 1) {
                for (Row y : r) {
                    if (y.l(1) > 950) {
                        cross.add(new Object[] {v, y.l(1)});
                    }
                }
            }
        }
        for (Config c : Programs.CONFIGS) {
            Results res = Programs.run(P, c, Map.of("r", Row.arrays(r)));
            String w = " (" + c.workers() + " workers)";
            assertSameBag("proj" + w, Programs.rows(res, "proj"), proj);
            assertSameBag("chained" + w, Programs.rows(res, "chained"), chained);
            assertSameBag("signs" + w, Programs.rows(res, "signs"), signs);
            assertSameBag("pieces" + w, Programs.rows(res, "pieces"), pieces);
            assertSameBag("ranged" + w, Programs.rows(res, "ranged"), ranged);
            assertSameBag("cross" + w, Programs.rows(res, "cross"), cross);
        }
    }
}
