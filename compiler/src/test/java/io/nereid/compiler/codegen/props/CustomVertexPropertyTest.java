package io.nereid.compiler.codegen.props;

import static io.nereid.compiler.codegen.props.Bags.assertSameBag;
import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.compiler.physical.Entry;
import io.nereid.compiler.physical.StageInput;
import io.nereid.operators.Results;
import io.nereid.runtime.exec.Config;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Custom Java vertices applied from NQ ({@code RunningCount}: per key, the running number of rows,
 * before and after other operators; {@code AddTo} inside a loop, each round), against Java: for a key with m rows the output holds
 * {@code (k, start + 1) ... (k, start + m)}, whatever the order the rows arrive in.
 */
class CustomVertexPropertyTest {
    static final String PROGRAM = """
            import java io.nereid.compiler.analyze.vertices.RunningCount;
            import java io.nereid.compiler.analyze.vertices.AddTo;
            input a : (k: long, s: string);
            let counted = a.select(x => (k: x.k)).apply(RunningCount, 100);
            let firstTwo = from c in (from x in a where x.k >= 0L select (k: x.k)).apply(RunningCount, 0)
                           where c.n <= 2L select (k: c.k);
            let shifted = iterate r = a times 3 { r.apply(AddTo, 5).threshold(1) };
            output counted;
            output shifted;
            output firstTwo;
            """;
    private static final Programs.Compiled P = Programs.compile("custom", PROGRAM);

    @Provide
    Arbitrary<List<Row>> input() {
        return Shape.any().flatMap(s -> Shape.relation(s.keys().flatMap(k -> s.words().map(w -> Row.of(k, w)))));
    }

    @Property(tries = 25)
    void runningCountsMatchJava(@ForAll("input") List<Row> a) {
        Map<Long, Long> perKey = new LinkedHashMap<>();
        a.forEach(r -> perKey.merge(r.l(0), 1L, Long::sum));
        List<Object[]> counted = new ArrayList<>();
        List<Object[]> firstTwo = new ArrayList<>();
        perKey.forEach((k, m) -> {
            for (long i = 1; i <= m; i++) {
                counted.add(new Object[] {k, 100 + i});
                if (i <= 2 && k >= 0) {
                    firstTwo.add(new Object[] {k});
                }
            }
        });
        List<Object[]> shifted = new ArrayList<>();
        new java.util.LinkedHashSet<>(a).forEach(r -> shifted.add(new Object[] {r.l(0) + 15, r.s(1)}));
        for (Config c : Programs.CONFIGS) {
            Results res = Programs.run(P, c, Map.of("a", Row.arrays(a)));
            String w = " (" + c.workers() + " workers)";
            assertSameBag("counted" + w, Programs.rows(res, "counted"), counted);
            assertSameBag("firstTwo" + w, Programs.rows(res, "firstTwo"), firstTwo);
            assertSameBag("shifted" + w, Programs.rows(res, "shifted"), shifted);
        }
    }

    @Example
    void theVertexInputIsExchangedOnItsPartitioningField() {
        List<StageInput> inputs = P.physical().stages().stream().filter(s -> s.entry() instanceof Entry.Custom)
                .map(s -> s.inputs().get(0)).toList();
        assertThat(inputs).hasSize(3).filteredOn(StageInput::isExchange).hasSize(2);
    }
}
