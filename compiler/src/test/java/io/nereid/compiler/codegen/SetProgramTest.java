package io.nereid.compiler.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.compiler.Frontend;
import io.nereid.compiler.physical.PhysicalPlanner;
import io.nereid.operators.BadRowPolicy;
import io.nereid.operators.CompiledProgram;
import io.nereid.operators.CsvSource;
import io.nereid.operators.Results;
import io.nereid.runtime.exec.Config;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** exists, not exists, intersect, except and a cross product, against Java set operations. */
class SetProgramTest {
    static final String PROGRAM = """
            input a : (k: long, v: long);
            input b : (k: long, v: long);
            let present = from x in a where exists (from y in b where y.k == x.k select y) select x;
            let absent = from x in a where not exists (from y in b where y.k == x.k select y) select x;
            let common = a.intersect(b);
            let onlyA = a.except(b);
            let small = from x in a where x.k < 3 select (k: x.k);
            let pairs = from x in small from y in small select (p: x.k, q: y.k);
            output present;
            output absent;
            output common;
            output onlyA;
            output pairs;
            """;

    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {1, 2})
    void setOperationsMatchJava(int workers) {
        GeneratedProgram generated = CodeGenerator.generate(PhysicalPlanner.plan(Frontend.compile("sets.nq", PROGRAM).optimized()));
        CompiledProgram p = new InMemoryCompiler(getClass().getClassLoader()).instantiate(generated, CompiledProgram.class);
        Random random = new Random(4);
        List<long[]> a = new ArrayList<>();
        List<long[]> b = new ArrayList<>();
        StringBuilder ca = new StringBuilder("k,v\n");
        StringBuilder cb = new StringBuilder("k,v\n");
        for (int i = 0; i < 300; i++) {
            long[] r = {random.nextInt(40), random.nextInt(4)};
            a.add(r);
            ca.append(r[0]).append(',').append(r[1]).append('\n');
            long[] s = {random.nextInt(40) + 10, random.nextInt(4)};
            b.add(s);
            cb.append(s[0]).append(',').append(s[1]).append('\n');
        }
        Results r = p.run(Map.of(
                "a", CsvSource.ofText("a.csv", ca.toString(), p.inputs().get(0), BadRowPolicy.FAIL),
                "b", CsvSource.ofText("b.csv", cb.toString(), p.inputs().get(1), BadRowPolicy.FAIL)),
                Config.workers(workers));
        Set<Long> bKeys = new HashSet<>();
        Set<String> bRows = new HashSet<>();
        b.forEach(x -> {
            bKeys.add(x[0]);
            bRows.add(x[0] + "/" + x[1]);
        });
        List<String> present = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        Set<String> common = new TreeSet<>();
        Set<String> onlyA = new TreeSet<>();
        List<Long> small = new ArrayList<>();
        for (long[] x : a) {
            String row = x[0] + "/" + x[1];
            (bKeys.contains(x[0]) ? present : absent).add(row);
            (bRows.contains(row) ? common : onlyA).add(row);
            if (x[0] < 3) {
                small.add(x[0]);
            }
        }
        List<String> pairs = new ArrayList<>();
        for (long x : small) {
            for (long y : small) {
                pairs.add(x + "/" + y);
            }
        }
        assertThat(rows(r, "present")).containsExactlyInAnyOrderElementsOf(present);
        assertThat(rows(r, "absent")).containsExactlyInAnyOrderElementsOf(absent);
        assertThat(rows(r, "common")).containsExactlyInAnyOrderElementsOf(common);
        assertThat(rows(r, "onlyA")).containsExactlyInAnyOrderElementsOf(onlyA);
        assertThat(rows(r, "pairs")).containsExactlyInAnyOrderElementsOf(pairs);
        assertThat(present).isNotEmpty();
        assertThat(common).isNotEmpty();
    }

    private static List<String> rows(Results r, String name) {
        return r.table(name).rows().stream().map(row -> row[0] + "/" + row[1]).toList();
    }
}
