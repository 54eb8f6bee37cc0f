package io.nereid.compiler.codegen.props;

import io.nereid.compiler.Frontend;
import io.nereid.compiler.codegen.CodeGenerator;
import io.nereid.compiler.codegen.InMemoryCompiler;
import io.nereid.compiler.physical.PhysicalPlan;
import io.nereid.compiler.physical.PhysicalPlanner;
import io.nereid.operators.CompiledProgram;
import io.nereid.operators.RelationInfo;
import io.nereid.operators.ResultTable;
import io.nereid.operators.Results;
import io.nereid.operators.RowReader;
import io.nereid.runtime.exec.Config;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiles NQ programs once per text (property tests vary only the data) and runs them on
 * in-memory inputs with a given number of workers.
 */
final class Programs {
    private static final InMemoryCompiler COMPILER = new InMemoryCompiler(Programs.class.getClassLoader());
    private static final Map<String, Compiled> CACHE = new ConcurrentHashMap<>();

    /** A compiled program and the physical plan it came from (tests check which operators it uses). */
    record Compiled(CompiledProgram program, PhysicalPlan physical) {
    }

    /** The worker configurations every property runs with: 1 worker, and 2 with small exchange batches. */
    static final List<Config> CONFIGS = List.of(Config.workers(1), Config.workers(2).withExchangeBatch(64));

    private Programs() {
    }

    static Compiled compile(String name, String text) {
        return CACHE.computeIfAbsent(text, t -> {
            PhysicalPlan physical = PhysicalPlanner.plan(Frontend.compile(name + ".nq", t).optimized());
            return new Compiled(COMPILER.instantiate(CodeGenerator.generate(physical), CompiledProgram.class), physical);
        });
    }

    /** Runs {@code program} with every input bound to its rows (by name). */
    static Results run(Compiled program, Config config, Map<String, List<Object[]>> inputs) {
        Map<String, RowReader> readers = new HashMap<>();
        for (RelationInfo in : program.program().inputs()) {
            List<Object[]> rows = inputs.get(in.name());
            if (rows == null) {
                throw new IllegalArgumentException("no rows for input " + in.name());
            }
            readers.put(in.name(), new MemoryRows(rows));
        }
        return program.program().run(readers, config);
    }

    /** The rows of one output. */
    static List<Object[]> rows(Results results, String output) {
        ResultTable t = results.table(output);
        return t.rows();
    }
}
