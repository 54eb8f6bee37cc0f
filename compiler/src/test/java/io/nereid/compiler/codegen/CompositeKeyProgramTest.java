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
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Group-by and join on composite keys (generated key records) and string keys, against Java maps. */
class CompositeKeyProgramTest {
    static final String PROGRAM = """
            input sales : (region: string, year: int, amount: double, qty: long);
            input targets : (region: string, year: int, goal: double);
            let totals = from s in sales group s by (r: s.region, y: s.year) into g
                         select (region: g.key.r, year: g.key.y, total: sum(g.amount), n: count(g),
                                 most: max(g.qty), least: min(g.region));
            let met = from t in totals join x in targets on (t.region, t.year) equals (x.region, x.year)
                      where t.total >= x.goal
                      select (region: t.region, year: t.year, over: t.total - x.goal);
            output totals;
            output met;
            """;

    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {1, 3})
    void compositeKeysGroupAndJoin(int workers) {
        CompiledProgram p = new InMemoryCompiler(getClass().getClassLoader()).instantiate(
                CodeGenerator.generate(PhysicalPlanner.plan(Frontend.compile("keys.nq", PROGRAM).optimized())),
                CompiledProgram.class);
        Random random = new Random(6);
        String[] regions = {"north", "south", "east, far", "west"};
        StringBuilder sales = new StringBuilder("region,year,amount,qty\n");
        Map<String, double[]> expected = new TreeMap<>(); // total, n, most
        for (int i = 0; i < 800; i++) {
            String r = regions[random.nextInt(regions.length)];
            int y = 2000 + random.nextInt(5);
            double amount = random.nextInt(1000) / 4.0;
            long qty = random.nextInt(90);
            sales.append('"').append(r).append("\",").append(y).append(',').append(amount).append(',').append(qty)
                    .append('\n');
            double[] acc = expected.computeIfAbsent(r + "|" + y, k -> new double[] {0, 0, Long.MIN_VALUE});
            acc[0] += amount;
            acc[1]++;
            acc[2] = Math.max(acc[2], qty);
        }
        StringBuilder targets = new StringBuilder("region,year,goal\n");
        List<String> met = new ArrayList<>();
        for (String r : regions) {
            for (int y = 2000; y < 2006; y++) {
                double goal = 4000 + random.nextInt(4000);
                targets.append('"').append(r).append("\",").append(y).append(',').append(goal).append('\n');
                double[] acc = expected.get(r + "|" + y);
                if (acc != null && acc[0] >= goal) {
                    met.add(r + "|" + y + "|" + (acc[0] - goal));
                }
            }
        }
        Results res = p.run(Map.of(
                "sales", CsvSource.ofText("sales.csv", sales.toString(), p.inputs().get(0), BadRowPolicy.FAIL),
                "targets", CsvSource.ofText("targets.csv", targets.toString(), p.inputs().get(1), BadRowPolicy.FAIL)),
                Config.workers(workers));
        Map<String, double[]> actual = new TreeMap<>();
        for (Object[] row : res.table("totals").rows()) {
            assertThat(row[5]).isEqualTo(row[0]); // min of the region within its own group
            actual.put(row[0] + "|" + row[1], new double[] {(Double) row[2], (Long) row[3], (Long) row[4]});
        }
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((k, v) -> assertThat(actual.get(k)).as(k).containsExactly(v[0], v[1], v[2]));
        assertThat(res.table("met").rows().stream().map(r -> r[0] + "|" + r[1] + "|" + r[2]).toList())
                .containsExactlyInAnyOrderElementsOf(met);
        assertThat(met).isNotEmpty();
    }
}
