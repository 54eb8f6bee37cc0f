package io.nereid.compiler.codegen.props;

import static io.nereid.compiler.codegen.props.Bags.assertSameBag;
import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.compiler.physical.Entry;
import io.nereid.operators.Results;
import io.nereid.runtime.exec.Config;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@code threshold(n)} on whole rows (a composite key), on one long column (a primitive map), on
 * one string column with a param count, followed by a fused projection, inside a loop, and on rows
 * with nulls (of a left join; nulls count as equal), against
 * counting in Java: a row is in the output once when it occurs at least n times.
 */
class ThresholdPropertyTest {
    static final String PROGRAM = """
            input a : (k: long, s: string, d: double);
            param n : long = 3;
            let rows2 = a.threshold(2);
            let once = a.threshold(1);
            let keys3 = (from x in a select (k: x.k)).threshold(3);
            let words = (from x in a select (s: x.s)).threshold(n);
            let wordsLen = from w in (from x in a select (s: x.s)).threshold(n + 1L) select (s: w.s, len: length(w.s));
            let halves = iterate r = (from x in a select (k: x.k)) times 3 {
                           (from y in r select (k: y.k / 2L)).concat(r).threshold(2)
                         };
            output rows2;
            output once;
            output keys3;
            output words;
            output wordsLen;
            let nullable = (from x in a left join y in a on x.k equals y.k + 1L select (k: x.k, s: y.s)).threshold(2);
            output halves;
            output nullable;
            """;
    private static final Programs.Compiled P = Programs.compile("threshold", PROGRAM);

    @Provide
    Arbitrary<List<Row>> input() {
        return Shape.any().flatMap(s -> Shape.relation(Combinators.combine(s.keys(), s.words(),
                Arbitraries.of(-1.5, 0.25, 2.0)).as((k, w, d) -> Row.of(k, w, d))));
    }

    /** The distinct values of {@code rows} that occur at least {@code n} times: the reference. */
    static <T> List<T> atLeast(List<T> rows, long n) {
        Map<T, Long> counts = new LinkedHashMap<>();
        rows.forEach(r -> counts.merge(r, 1L, Long::sum));
        List<T> out = new ArrayList<>();
        counts.forEach((r, c) -> {
            if (c >= n) {
                out.add(r);
            }
        });
        return out;
    }

    private static List<Object[]> arrays(List<List<Object>> rows) {
        return rows.stream().map(List::toArray).toList();
    }

    private static List<List<Object>> column(List<Row> rows, Function<Row, List<Object>> f) {
        return rows.stream().map(f).toList();
    }

    @Property(tries = 30)
    void thresholdKeepsTheRowsSeenAtLeastNTimes(@ForAll("input") List<Row> a) {
        List<List<Object>> whole = column(a, Row::values);
        List<List<Object>> keys = column(a, r -> List.of(r.l(0)));
        List<List<Object>> words = column(a, r -> List.of(r.s(1)));
        List<Object[]> wordsLen = atLeast(words, 4).stream()
                .map(w -> new Object[] {w.get(0), ((String) w.get(0)).length()}).toList();
        List<List<Object>> halves = new ArrayList<>(keys);
        for (int round = 0; round < 3; round++) {
            List<List<Object>> next = new ArrayList<>();
            halves.forEach(k -> next.add(List.of((Long) k.get(0) / 2L)));
            next.addAll(halves);
            halves = atLeast(next, 2);
        }
        List<List<Object>> joined = new ArrayList<>();
        for (Row x : a) {
            boolean matched = false;
            for (Row y : a) {
                if (y.l(0) + 1 == x.l(0)) {
                    joined.add(Arrays.asList(x.l(0), y.s(1)));
                    matched = true;
                }
            }
            if (!matched) {
                joined.add(Arrays.asList(x.l(0), null));
            }
        }
        for (Config c : Programs.CONFIGS) {
            Results res = Programs.run(P, c, Map.of("a", Row.arrays(a)));
            String w = " (" + c.workers() + " workers)";
            assertSameBag("rows2" + w, Programs.rows(res, "rows2"), arrays(atLeast(whole, 2)));
            assertSameBag("once" + w, Programs.rows(res, "once"), arrays(atLeast(whole, 1)));
            assertSameBag("keys3" + w, Programs.rows(res, "keys3"), arrays(atLeast(keys, 3)));
            assertSameBag("words" + w, Programs.rows(res, "words"), arrays(atLeast(words, 3)));
            assertSameBag("wordsLen" + w, Programs.rows(res, "wordsLen"), wordsLen);
            assertSameBag("halves" + w, Programs.rows(res, "halves"), arrays(halves));
            assertSameBag("nullable" + w, Programs.rows(res, "nullable"), arrays(atLeast(joined, 2)));
        }
    }

    @Example
    void everyThresholdRunsAsAThresholdStage() {
        long stages = P.physical().stages().stream().filter(s -> s.entry() instanceof Entry.Threshold).count();
        assertThat(stages).isEqualTo(7);
    }
}
