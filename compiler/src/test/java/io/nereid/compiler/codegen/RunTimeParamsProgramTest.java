package io.nereid.compiler.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Params are read when the program is built, not when it is compiled: one generated class runs
 * with any values of its params, including those that shape the dataflow (the rounds of a
 * bounded loop, a threshold's count) and those in exchange keys; values it cannot take are
 * refused with a message that names the param. Answers are checked against plain Java.
 */
class RunTimeParamsProgramTest {
    private static final InMemoryCompiler COMPILER = new InMemoryCompiler(RunTimeParamsProgramTest.class.getClassLoader());

    static final String PROGRAM = """
            input nums : (x: long);
            param rounds : int = 3;
            param k : long = 2;
            param off : long = 1;
            param label : string = "n";
            let doubled = iterate r = (from m in nums select (x: m.x, k: 0L)) times rounds {
                            from y in r select (x: y.x * 2, k: y.k + 1)
                          };
            let repeated = (from m in nums select (x: m.x)).threshold(k);
            let next = from a in nums join b in nums on a.x + off equals b.x select (a: a.x, b: b.x, l: label);
            output doubled;
            output repeated;
            output next;
            """;

    private static final long[] NUMS = {1, 2, 2, 3, 3, 3, 5, -4, 7, 7, 8};

    private static GeneratedProgram generated;

    private static synchronized GeneratedProgram generated() {
        if (generated == null) {
            PhysicalPlan physical = PhysicalPlanner.plan(Frontend.compile("runtime_params.nq", PROGRAM).optimized());
            Golden.assertMatches("codegen", "runtime_params.physical", physical.print());
            generated = CodeGenerator.generate(physical);
            Golden.assertMatches("codegen", "runtime_params.java", generated.source());
        }
        return generated;
    }

    private static Results run(Map<String, ?> params, int workers) {
        CompiledProgram p = COMPILER.instantiate(generated(), CompiledProgram.class, params);
        StringBuilder csv = new StringBuilder("x\n");
        for (long x : NUMS) {
            csv.append(x).append('\n');
        }
        return p.run(Map.of("nums", CsvSource.ofText("nums.csv", csv.toString(), p.inputs().get(0), BadRowPolicy.FAIL)),
                Config.workers(workers));
    }

    private static List<String> sorted(Results r, String output) {
        List<String> rows = new ArrayList<>(r.table(output).rows().stream().map(row -> {
            List<String> cells = new ArrayList<>();
            for (Object c : row) {
                cells.add(String.valueOf(c));
            }
            return String.join("/", cells);
        }).toList());
        rows.sort(null);
        return rows;
    }

    /** The reference: each x doubled {@code rounds} times, with the round count. */
    private static List<String> doubled(int rounds) {
        List<String> rows = new ArrayList<>();
        for (long x : NUMS) {
            rows.add((x << rounds) + "/" + rounds);
        }
        rows.sort(null);
        return rows;
    }

    /** The reference: the values seen at least {@code k} times, once each. */
    private static List<String> repeated(long k) {
        Map<Long, Integer> counts = new TreeMap<>();
        for (long x : NUMS) {
            counts.merge(x, 1, Integer::sum);
        }
        List<String> rows = new ArrayList<>();
        counts.forEach((x, c) -> {
            if (c >= k) {
                rows.add(String.valueOf(x));
            }
        });
        rows.sort(null);
        return rows;
    }

    /** The reference: pairs (a, b) of rows with a + off == b, with the label. */
    private static List<String> next(long off, String label) {
        List<String> rows = new ArrayList<>();
        for (long a : NUMS) {
            for (long b : NUMS) {
                if (a + off == b) {
                    rows.add(a + "/" + b + "/" + label);
                }
            }
        }
        rows.sort(null);
        return rows;
    }

    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {1, 2})
    void oneCompiledProgramRunsWithEveryValueOfItsParams(int workers) {
        Class<?> compiled = COMPILER.compile(generated());
        for (int rounds : new int[] {0, 1, 4}) {
            for (long k : new long[] {1, 2, 3}) {
                long off = rounds - 1;
                String label = "r" + rounds;
                Map<String, Object> params = Map.of("rounds", rounds, "k", k, "off", off, "label", label);
                Results r = run(params, workers);
                assertThat(sorted(r, "doubled")).as("doubled, %s", params).isEqualTo(doubled(rounds));
                assertThat(sorted(r, "repeated")).as("repeated, %s", params).isEqualTo(repeated(k));
                assertThat(sorted(r, "next")).as("next, %s", params).isEqualTo(next(off, label));
            }
        }
        assertThat(COMPILER.compile(generated())).as("the same compiled class for every value").isSameAs(compiled);
    }

    @Test
    void paramsNotGivenTakeTheirDefaults() {
        Map<String, Object> some = new HashMap<>();
        some.put("k", 3L);
        Results r = run(some, 1);
        assertThat(sorted(r, "doubled")).isEqualTo(doubled(3));
        assertThat(sorted(r, "repeated")).isEqualTo(repeated(3));
        assertThat(sorted(r, "next")).isEqualTo(next(1, "n"));
    }

    @Test
    void valuesTheProgramCannotTakeAreRefusedWithTheParamsName() {
        assertThatThrownBy(() -> run(Map.of("rounds", -1), 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the number of rounds (times rounds) must be at least 0, but param 'rounds' makes"
                        + " it -1");
        assertThatThrownBy(() -> run(Map.of("k", 0L), 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the count of threshold(k) must be at least 1, but param 'k' makes it 0");
        assertThatThrownBy(() -> run(Map.of("k", 2), 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("param 'k' takes a Long, not a Integer");
        assertThatThrownBy(() -> run(Map.of("root", 2L), 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the program has no param 'root'; it declares rounds: int = 3, k: long = 2, off: long = 1,"
                        + " label: string = \"n\"");
    }
}
