package io.nereid.compiler.codegen.props;

import static io.nereid.compiler.codegen.props.Bags.assertSameBag;

import io.nereid.operators.Results;
import io.nereid.runtime.exec.Config;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random compositions of operators ({@link RandomPrograms}): lets that read inputs and earlier
 * lets, some of them several times, so that stages are fused, shared, re-partitioned and reused
 * in every combination; every let's rows must match the Java evaluation. Each try compiles a
 * new program, so tries are few here (raise them to explore: 300 tries take a few minutes).
 */
class RandomProgramPropertyTest {
    record Case(List<Integer> choices, List<Row> a, List<Row> b) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Row> row = Combinators.combine(Arbitraries.longs().between(0, 4), Arbitraries.longs().between(-4, 4))
                .as((k, v) -> Row.of(k, v));
        Arbitrary<List<Integer>> choices = Arbitraries.integers().between(0, 99).list().ofMinSize(4).ofMaxSize(24);
        return Combinators.combine(choices, row.list().ofMaxSize(25), row.list().ofMaxSize(25)).as(Case::new);
    }

    private static List<long[]> longs(List<Row> rows) {
        return rows.stream().map(r -> new long[] {r.l(0), r.l(1)}).toList();
    }

    @Property(tries = 5)
    void randomProgramsMatchJava(@ForAll("cases") Case c) {
        RandomPrograms.Program p = RandomPrograms.decode(c.choices(), longs(c.a()), longs(c.b()));
        Assume.that(p.expected().values().stream().allMatch(rows -> rows.size() <= 20_000));
        Programs.Compiled compiled = Programs.compile("random", p.text());
        for (Config config : Programs.CONFIGS) {
            Results res = Programs.run(compiled, config, Map.of("a", Row.arrays(c.a()), "b", Row.arrays(c.b())));
            p.expected().forEach((name, rows) -> assertSameBag(name + " (" + config.workers() + " workers) of\n" + p.text(),
                    Programs.rows(res, name), rows.stream().map(x -> new Object[] {x[0], x[1]}).toList()));
        }
    }
}
