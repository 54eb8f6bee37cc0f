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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Nullable values stored in batches and exchanged: the rows of a left join, nulls and all. */
class NullableProgramTest {
    static final String PROGRAM = """
            input people : (id: long, name: string);
            input pets : (owner: long, pet: string, age: long);
            let owners = from p in people
                         left join x in pets on p.id equals x.owner
                         select (id: p.id, name: p.name, pet: x.pet, older: x.age * 2);
            let byPet = from o in owners where o.pet != "cat" select (name: o.name, pet: o.pet);
            let perPerson = from o in owners group o.older by o.id into g
                            select (id: g.key, total: sum(g), hi: max(g), lo: min(g), mean: avg(g), n: count(g));
            output owners;
            output byPet;
            output perPerson;
            """;

    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {1, 2})
    void leftJoinRowsKeepTheirNulls(int workers) {
        PhysicalPlan physical = PhysicalPlanner.plan(Frontend.compile("nullable.nq", PROGRAM).optimized());
        Golden.assertMatches("codegen", "nullable.physical", physical.print());
        GeneratedProgram generated = CodeGenerator.generate(physical);
        Golden.assertMatches("codegen", "nullable.java", generated.source());
        CompiledProgram p = new InMemoryCompiler(getClass().getClassLoader()).instantiate(generated, CompiledProgram.class);
        Random random = new Random(8);
        StringBuilder people = new StringBuilder("id,name\n");
        StringBuilder pets = new StringBuilder("owner,pet,age\n");
        String[] kinds = {"cat", "dog", "fish"};
        Map<Long, List<String[]>> byOwner = new HashMap<>();
        for (long id = 0; id < 100; id++) {
            people.append(id).append(",p").append(id).append('\n');
        }
        for (int i = 0; i < 120; i++) {
            long owner = random.nextInt(150); // some owners are not people
            String[] pet = {kinds[random.nextInt(3)], String.valueOf(random.nextInt(15))};
            byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(pet);
            pets.append(owner).append(',').append(pet[0]).append(',').append(pet[1]).append('\n');
        }
        Results r = p.run(Map.of(
                "people", CsvSource.ofText("people.csv", people.toString(), p.inputs().get(0), BadRowPolicy.FAIL),
                "pets", CsvSource.ofText("pets.csv", pets.toString(), p.inputs().get(1), BadRowPolicy.FAIL)),
                Config.workers(workers));
        List<String> owners = new ArrayList<>();
        List<String> byPet = new ArrayList<>();
        List<String> perPerson = new ArrayList<>();
        for (long id = 0; id < 100; id++) {
            List<String[]> mine = byOwner.get(id);
            if (mine == null) {
                perPerson.add(id + " null null null null 1");
            } else {
                long total = 0;
                long hi = Long.MIN_VALUE;
                long lo = Long.MAX_VALUE;
                for (String[] pet : mine) {
                    long older = Long.parseLong(pet[1]) * 2;
                    total += older;
                    hi = Math.max(hi, older);
                    lo = Math.min(lo, older);
                }
                perPerson.add(id + " " + total + " " + hi + " " + lo + " " + ((double) total / mine.size()) + " "
                        + mine.size());
            }
            if (mine == null) {
                owners.add(id + " p" + id + " null null");
                // a null pet is not != "cat": the row is dropped, as in SQL
            } else {
                for (String[] pet : mine) {
                    owners.add(id + " p" + id + " " + pet[0] + " " + Long.parseLong(pet[1]) * 2);
                    if (!pet[0].equals("cat")) {
                        byPet.add("p" + id + " " + pet[0]);
                    }
                }
            }
        }
        assertThat(format(r, "owners")).containsExactlyInAnyOrderElementsOf(owners);
        assertThat(format(r, "byPet")).containsExactlyInAnyOrderElementsOf(byPet);
        assertThat(format(r, "perPerson")).containsExactlyInAnyOrderElementsOf(perPerson);
    }

    private static List<String> format(Results r, String name) {
        return r.table(name).rows().stream().map(row -> {
            StringBuilder sb = new StringBuilder();
            for (Object v : row) {
                sb.append(sb.length() == 0 ? "" : " ").append(v);
            }
            return sb.toString();
        }).toList();
    }
}
