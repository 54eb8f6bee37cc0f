package io.nereid.compiler.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.compiler.physical.PhysicalPlan;
import io.nereid.compiler.physical.PhysicalPlanner;
import io.nereid.compiler.plan.LogicalPlan;
import io.nereid.compiler.testing.Golden;
import io.nereid.operators.BadRowPolicy;
import io.nereid.operators.CompiledProgram;
import io.nereid.operators.CsvSource;
import io.nereid.operators.ResultTable;
import io.nereid.operators.Results;
import io.nereid.operators.RowReader;
import io.nereid.runtime.exec.Config;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Hand-built logical plans through the physical planner and the generators: the physical plan
 * and the generated source are golden files, and the source is compiled in memory and run on
 * the runtime, against answers computed by plain Java loops in this test.
 */
class GeneratedProgramTest {
    private static final InMemoryCompiler COMPILER = new InMemoryCompiler(GeneratedProgramTest.class.getClassLoader());

    private static CompiledProgram compile(String name, LogicalPlan logical) {
        PhysicalPlan physical = PhysicalPlanner.plan(logical);
        Golden.assertMatches("codegen", name + ".physical", physical.print());
        GeneratedProgram program = CodeGenerator.generate(physical);
        Golden.assertMatches("codegen", name + ".java", program.source());
        return COMPILER.instantiate(program, CompiledProgram.class);
    }

    private static Map<String, Long> rows2(ResultTable t) {
        Map<String, Long> m = new TreeMap<>();
        for (Object[] r : t.rows()) {
            m.put(String.valueOf(r[0]), ((Number) r[1]).longValue());
        }
        return m;
    }

    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {1, 2, 3})
    void wordCountMatchesAJavaLoop(int workers) {
        CompiledProgram program = compile("wordcount", TestPlans.wordCount());
        StringBuilder csv = new StringBuilder("id,text\n");
        Random random = new Random(7);
        String[] vocabulary = {"The", "cat", "sat", "on", "the", "MAT", "a", "dog", "", "Cat"};
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder line = new StringBuilder();
            for (int w = random.nextInt(12); w > 0; w--) {
                line.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
            }
            lines.add(line.toString());
            csv.append(i).append(",\"").append(line).append("\"\n");
        }
        Map<String, Long> expected = new TreeMap<>();
        for (String line : lines) {
            for (String w : line.split(" ", -1)) {
                if (!w.isEmpty()) {
                    expected.merge(w.toLowerCase(Locale.ROOT), 1L, Long::sum);
                }
            }
        }
        RowReader docs = CsvSource.ofText("docs.csv", csv.toString(), program.inputs().get(0), BadRowPolicy.FAIL);
        Results results = program.run(Map.of("docs", docs), Config.workers(workers));
        assertThat(rows2(results.table("counts"))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {1, 2})
    void graphStatisticsMatchJavaLoops(int workers) {
        CompiledProgram program = compile("graphstats", TestPlans.graphStats());
        Random random = new Random(11);
        int n = 2000;
        long[] src = new long[n];
        long[] dst = new long[n];
        StringBuilder csv = new StringBuilder("src,dst\n");
        for (int i = 0; i < n; i++) {
            src[i] = random.nextInt(300);
            dst[i] = random.nextInt(i % 10 == 0 ? 5 : 300); // skew: a few popular targets
            csv.append(src[i]).append(',').append(dst[i]).append('\n');
        }
        RowReader edges = CsvSource.ofText("edges.csv", csv.toString(), program.inputs().get(0), BadRowPolicy.FAIL);
        Results results = program.run(Map.of("edges", edges), Config.workers(workers));

        Map<Long, long[]> stats = new TreeMap<>(); // node -> deg, sum, min, max
        for (int i = 0; i < n; i++) {
            long[] s = stats.computeIfAbsent(src[i], k -> new long[] {0, 0, Long.MAX_VALUE, Long.MIN_VALUE});
            s[0]++;
            s[1] += dst[i];
            s[2] = Math.min(s[2], dst[i]);
            s[3] = Math.max(s[3], dst[i]);
        }
        List<String> expectedDegree = new ArrayList<>();
        List<String> expectedHeavy = new ArrayList<>();
        stats.forEach((node, s) -> {
            String row = node + " " + s[0] + " " + s[1] + " " + s[2] + " " + s[3] + " " + ((double) s[1] / s[0]);
            expectedDegree.add(row);
            if (s[0] >= 2) {
                expectedHeavy.add(row);
            }
        });
        assertThat(format(results.table("degree"))).containsExactlyElementsOf(expectedDegree);
        assertThat(format(results.table("heavy"))).containsExactlyElementsOf(expectedHeavy);

        Map<Long, Long> paths = new TreeMap<>();
        Map<Long, List<Integer>> bySrc = new HashMap<>();
        for (int i = 0; i < n; i++) {
            bySrc.computeIfAbsent(src[i], k -> new ArrayList<>()).add(i);
        }
        for (int i = 0; i < n; i++) {
            int matches = bySrc.getOrDefault(dst[i], List.of()).size();
            if (matches > 0) {
                paths.merge(src[i], (long) matches, Long::sum);
            }
        }
        Map<Long, Long> actualPaths = new TreeMap<>();
        for (Object[] r : results.table("paths").rows()) {
            actualPaths.put((Long) r[0], (Long) r[1]);
        }
        assertThat(actualPaths).isEqualTo(paths);

        Set<Long> nodes = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            nodes.add(src[i]);
            nodes.add(dst[i]);
        }
        List<Long> actualNodes = results.table("nodes").rows().stream().map(r -> (Long) r[0]).toList();
        assertThat(actualNodes).containsExactlyElementsOf(nodes);
        assertThat(new HashSet<>(actualNodes)).hasSameSizeAs(actualNodes);
    }

    @Test
    void compiledProgramsAreCachedBySource() {
        GeneratedProgram a = CodeGenerator.generate(PhysicalPlanner.plan(TestPlans.wordCount()));
        GeneratedProgram b = CodeGenerator.generate(PhysicalPlanner.plan(TestPlans.wordCount()));
        assertThat(a.sourceHash()).isEqualTo(b.sourceHash());
        assertThat(COMPILER.compile(a)).isSameAs(COMPILER.compile(b));
    }

    private static List<String> format(ResultTable t) {
        return t.rows().stream().map(r -> {
            StringBuilder sb = new StringBuilder();
            for (Object v : r) {
                sb.append(sb.length() == 0 ? "" : " ").append(v);
            }
            return sb.toString();
        }).toList();
    }
}
