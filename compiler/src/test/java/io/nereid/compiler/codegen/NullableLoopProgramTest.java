package io.nereid.compiler.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.compiler.Frontend;
import io.nereid.compiler.physical.PhysicalPlanner;
import io.nereid.operators.BadRowPolicy;
import io.nereid.operators.CompiledProgram;
import io.nereid.operators.CsvSource;
import io.nereid.operators.Results;
import io.nereid.runtime.exec.Config;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A loop variable with a nullable column: each node's smallest in-neighbour already reached from
 * node 0 (null while there is none), to a fixpoint whose check must tell null from 0, and for a
 * bounded number of rounds; against the same iteration over boxed values in Java.
 */
class NullableLoopProgramTest {
    static final String PROGRAM = """
            input edges : (src: long, dst: long);
            let nodes = (from e in edges select (node: e.src)).union(from e in edges select (node: e.dst));
            let start = from n in nodes
                        left join e in (from e in edges where e.src == 0L select (src: e.src, dst: e.dst))
                          on n.node equals e.dst
                        group e.src by n.node into g
                        select (node: g.key, via: min(g));
            let step = iterate r = start until fixpoint {
                         from n in nodes
                         left join c in (from y in r join e in edges on y.node equals e.src
                                         where coalesce(y.via, -1L) >= 0L || y.node == 0L
                                         group y.node by e.dst into g
                                         select (node: g.key, via: min(g)))
                           on n.node equals c.node
                         select (node: n.node, via: c.via)
                       };
            let two = iterate r = start times 2 {
                        from n in nodes
                        left join c in (from y in r join e in edges on y.node equals e.src
                                        where coalesce(y.via, -1L) >= 0L || y.node == 0L
                                        group y.node by e.dst into g
                                        select (node: g.key, via: min(g)))
                          on n.node equals c.node
                        select (node: n.node, via: c.via)
                      };
            output step;
            output two;
            """;

    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {1, 2, 3})
    void aNullableLoopVariableReachesItsFixpoint(int workers) {
        CompiledProgram p = new InMemoryCompiler(getClass().getClassLoader()).instantiate(
                CodeGenerator.generate(PhysicalPlanner.plan(Frontend.compile("nullable_loop.nq", PROGRAM).optimized())),
                CompiledProgram.class);
        Random random = new Random(31);
        int m = 90;
        long[] src = new long[m];
        long[] dst = new long[m];
        StringBuilder csv = new StringBuilder("src,dst\n");
        for (int i = 0; i < m; i++) {
            src[i] = i < 3 ? 0 : random.nextInt(70);
            dst[i] = random.nextInt(70);
            csv.append(src[i]).append(',').append(dst[i]).append('\n');
        }
        Map<Long, Long> via = new TreeMap<>(); // null: not reached
        for (int i = 0; i < m; i++) {
            via.put(src[i], null);
            via.put(dst[i], null);
        }
        for (int i = 0; i < m; i++) {
            if (src[i] == 0) {
                via.merge(dst[i], 0L, Math::min);
            }
        }
        Map<Long, Long> afterTwo = null;
        for (int round = 0; ; round++) {
            Map<Long, Long> next = new TreeMap<>();
            via.keySet().forEach(v -> next.put(v, null));
            for (int i = 0; i < m; i++) {
                if (via.get(src[i]) != null || src[i] == 0) {
                    next.merge(dst[i], src[i], Math::min);
                }
            }
            if (round == 1) {
                afterTwo = next;
            }
            if (next.equals(via) && round >= 1) {
                break;
            }
            via = next;
        }
        Results r = p.run(Map.of("edges", CsvSource.ofText("edges.csv", csv.toString(), p.inputs().get(0),
                BadRowPolicy.FAIL)), Config.workers(workers));
        assertThat(via).containsValue(null).containsValue(0L);
        assertThat(pairs(r, "step")).isEqualTo(via);
        assertThat(pairs(r, "two")).isEqualTo(afterTwo);
    }

    private static Map<Long, Long> pairs(Results r, String output) {
        Map<Long, Long> m = new HashMap<>();
        for (Object[] row : r.table(output).rows()) {
            assertThat(m.containsKey((Long) row[0])).as("one row per node").isFalse();
            m.put((Long) row[0], (Long) row[1]);
        }
        return new TreeMap<>(Objects.requireNonNull(m));
    }
}
