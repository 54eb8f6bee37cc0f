package io.nereid.compiler.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.compiler.Frontend;
import io.nereid.compiler.physical.Entry;
import io.nereid.compiler.physical.PhysicalPlan;
import io.nereid.compiler.physical.PhysicalPlanner;
import io.nereid.compiler.physical.Stage;
import io.nereid.operators.BadRowPolicy;
import io.nereid.operators.CompiledProgram;
import io.nereid.operators.CsvSource;
import io.nereid.operators.Results;
import io.nereid.runtime.exec.Config;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Which input columns the feeders ask their readers for, and that a skipped column is really never parsed. */
class SourceColumnsTest {
    private static final String LINES = "input lines : (id: long, qty: double, price: double, day: date, flag: string,"
            + " note: string);\n";

    private static PhysicalPlan plan(String program) {
        return PhysicalPlanner.plan(Frontend.compile("t.nq", program).optimized());
    }

    private static BitSet read(PhysicalPlan plan, String input) {
        Stage source = plan.stages().stream()
                .filter(s -> s.entry() instanceof Entry.Source src && src.input().equals(input)).findFirst().orElseThrow();
        return SourceColumns.read(plan, source);
    }

    private static BitSet bits(int... columns) {
        BitSet b = new BitSet();
        for (int c : columns) {
            b.set(c);
        }
        return b;
    }

    @Test
    void aFilteredGlobalSumReadsTheFilterAndTheSummedColumns() {
        PhysicalPlan p = plan(LINES + """
                let total = from l in lines where l.day < date "2000-01-01" and l.qty < 24.0
                            group l.price * l.qty by 1 into g select (s: sum(g));
                output total;
                """);
        assertThat(read(p, "lines")).isEqualTo(bits(1, 2, 3));
    }

    @Test
    void aJoinReadsTheColumnsItsSidesAreNarrowedTo() {
        PhysicalPlan p = plan(LINES + """
                input flags : (flag: string, label: string, unused: long);
                let j = from l in lines join f in flags on l.flag equals f.flag select (id: l.id, label: f.label);
                output j;
                """);
        assertThat(read(p, "lines")).isEqualTo(bits(0, 4));
        assertThat(read(p, "flags")).isEqualTo(bits(0, 1));
    }

    @Test
    void selectManyReadsItsArgumentsAndNotTheElementItAdds() {
        PhysicalPlan p = plan(LINES + """
                let words = from l in lines from w in split(l.note, " ") select (w: w);
                output words;
                """);
        assertThat(read(p, "lines")).isEqualTo(bits(5));
    }

    @Test
    void anInputOutputAsItIsReadsEveryColumn() {
        PhysicalPlan p = plan(LINES + "output lines;\n");
        assertThat(read(p, "lines")).isEqualTo(bits(0, 1, 2, 3, 4, 5));
    }

    @Test
    void twoConsumersReadTheUnionOfTheirColumns() {
        PhysicalPlan p = plan(LINES + """
                let a = from l in lines select (id: l.id);
                let b = from l in lines where l.flag == "x" select (q: l.qty);
                output a;
                output b;
                """);
        assertThat(read(p, "lines")).isEqualTo(bits(0, 1, 4));
    }

    @Test
    void aBadValueInAColumnNobodyReadsDoesNotStopTheRun() {
        PhysicalPlan p = plan(LINES + """
                let total = from l in lines group l.price by l.flag into g select (flag: g.key, s: sum(g));
                output total;
                """);
        CompiledProgram program = new InMemoryCompiler(getClass().getClassLoader())
                .instantiate(CodeGenerator.generate(p), CompiledProgram.class);
        String csv = "not-a-number,x,1.5,someday,a,n\n?,?,2.5,?,b,n\n7,1,4.0,2000-01-01,a,\n";
        Results r = program.run(Map.of("lines", CsvSource.ofText("lines.csv", csv, program.inputs().get(0),
                BadRowPolicy.FAIL)), Config.workers(2));
        Map<String, Double> sums = new TreeMap<>();
        for (Object[] row : r.table("total").rows()) {
            sums.put((String) row[0], (Double) row[1]);
        }
        assertThat(sums).isEqualTo(Map.of("a", 5.5, "b", 2.5));
        assertThat(List.of(read(p, "lines"))).containsExactly(bits(2, 4));
    }
}
