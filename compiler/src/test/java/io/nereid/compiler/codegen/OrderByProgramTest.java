package io.nereid.compiler.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.compiler.Frontend;
import io.nereid.compiler.physical.PhysicalPlan;
import io.nereid.compiler.physical.PhysicalPlanner;
import io.nereid.compiler.testing.Golden;
import io.nereid.operators.BadRowPolicy;
import io.nereid.operators.CompiledProgram;
import io.nereid.operators.CsvSource;
import io.nereid.operators.Results;
import io.nereid.runtime.exec.Config;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Order-by and take through the whole pipeline, against a sort in Java. */
class OrderByProgramTest {
    private static final InMemoryCompiler COMPILER = new InMemoryCompiler(OrderByProgramTest.class.getClassLoader());

    static final String TOP = """
            input edges : (src: long, dst: long);
            let degree = from e in edges group e by e.src into g select (node: g.key, deg: count(g));
            let top = from d in degree orderby d.deg descending, d.node select (node: d.node, deg: d.deg) take 5;
            output top;
            """;

    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {1, 3})
    void takeKeepsTheFirstRowsInOrder(int workers) {
        PhysicalPlan physical = PhysicalPlanner.plan(Frontend.compile("top.nq", TOP).optimized());
        Golden.assertMatches("codegen", "top.physical", physical.print());
        GeneratedProgram generated = CodeGenerator.generate(physical);
        Golden.assertMatches("codegen", "top.java", generated.source());
        CompiledProgram p = COMPILER.instantiate(generated, CompiledProgram.class);
        Random random = new Random(1);
        StringBuilder csv = new StringBuilder("src,dst\n");
        Map<Long, Long> degree = new HashMap<>();
        for (int i = 0; i < 500; i++) {
            long s = random.nextInt(60);
            csv.append(s).append(',').append(random.nextInt(60)).append('\n');
            degree.merge(s, 1L, Long::sum);
        }
        Results r = p.run(Map.of("edges", CsvSource.ofText("edges.csv", csv.toString(), p.inputs().get(0),
                BadRowPolicy.FAIL)), Config.workers(workers));
        List<Map.Entry<Long, Long>> sorted = new ArrayList<>(degree.entrySet());
        sorted.sort(Map.Entry.<Long, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        List<String> expected = sorted.subList(0, 5).stream().map(e -> e.getKey() + ":" + e.getValue()).toList();
        assertThat(r.table("top").rows().stream().map(row -> row[0] + ":" + row[1]).toList())
                .containsExactlyElementsOf(expected);
    }
}
