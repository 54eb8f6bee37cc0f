package io.nereid.compiler.codegen.props;

import static io.nereid.compiler.codegen.props.Bags.assertSameList;
import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.operators.Results;
import io.nereid.runtime.exec.Config;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Order-by with and without take (top-k), on several keys and directions, after a group-by,
 * and with ties on the sort key, against a sort of the rows in Java.
 */
class TopKPropertyTest {
    static final String PROGRAM = """
            input r : (k: long, v: long, s: string);
            let top = from x in r orderby x.v descending, x.k, x.s select x take 7;
            let sorted = from x in r orderby x.s descending, x.v select (s: x.s, v: x.v);
            let counts = from x in r group x by x.k into g select (k: g.key, n: count(g));
            let busiest = from c in counts orderby c.n descending, c.k select (k: c.k, n: c.n) take 3;
            let lowest = r.orderby(x => x.k).take(5);
            let any = r.where(x => x.v > 0L).take(4);
            let none = from x in r orderby x.v select x take 0;
            output top;
            output sorted;
            output busiest;
            output lowest;
            output any;
            output none;
            """;
    private static final Programs.Compiled P = Programs.compile("topk", PROGRAM);

    @Provide
    Arbitrary<List<Row>> relation() {
        return Shape.any().map(s -> Combinators.combine(s.keys(), Shape.values(), s.words())
                .as((k, v, w) -> Row.of(k, v, w))).flatMap(Shape::relation);
    }

    private static List<Object[]> firstN(List<Object[]> rows, Comparator<Object[]> order, int n) {
        List<Object[]> copy = new ArrayList<>(rows);
        copy.sort(order);
        return copy.subList(0, Math.min(n, copy.size()));
    }

    private static Comparator<Object[]> byLong(int column) {
        return Comparator.comparingLong(o -> (Long) o[column]);
    }

    @Property(tries = 30)
    void orderedOutputsMatchASortInJava(@ForAll("relation") List<Row> r) {
        List<Object[]> rows = Row.arrays(r);
        List<Object[]> top = firstN(rows, byLong(1).reversed().thenComparing(byLong(0))
                .thenComparing(o -> (String) o[2]), 7);
        List<Object[]> sorted = firstN(rows.stream().map(o -> new Object[] {o[2], o[1]}).toList(),
                Comparator.<Object[], String>comparing(o -> (String) o[0]).reversed().thenComparing(byLong(1)),
                Integer.MAX_VALUE);
        Map<Long, Long> counts = new LinkedHashMap<>();
        r.forEach(x -> counts.merge(x.l(0), 1L, Long::sum));
        List<Object[]> busiest = firstN(counts.entrySet().stream().map(e -> new Object[] {e.getKey(), e.getValue()})
                .toList(), byLong(1).reversed().thenComparing(byLong(0)), 3);
        List<Object> lowestKeys = firstN(rows, byLong(0), 5).stream().map(o -> o[0]).toList();
        for (Config c : Programs.CONFIGS) {
            Results res = Programs.run(P, c, Map.of("r", rows));
            String w = " (" + c.workers() + " workers)";
            assertSameList("top" + w, Programs.rows(res, "top"), top);
            assertSameList("sorted" + w, Programs.rows(res, "sorted"), sorted);
            assertSameList("busiest" + w, Programs.rows(res, "busiest"), busiest);
            // ties on k: any rows with the smallest keys, in key order
            List<Object[]> lowest = Programs.rows(res, "lowest");
            assertThat(lowest.stream().map(o -> o[0]).toList()).as("keys of lowest" + w).isEqualTo(lowestKeys);
            Bags.assertSubBag("lowest rows come from the input" + w, lowest, rows);
            List<Object[]> any = Programs.rows(res, "any");
            assertThat(any).as("take 4 without an order" + w).hasSize((int) Math.min(4, r.stream().filter(x -> x.l(1) > 0).count()));
            Bags.assertSubBag("rows taken without an order come from the input" + w, any,
                    rows.stream().filter(o -> (Long) o[1] > 0).toList());
            assertThat(Programs.rows(res, "none")).as("take 0" + w).isEmpty();
        }
    }
}
