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
import io.nereid.runtime.comm.LocalFabric;
import io.nereid.runtime.exec.Cluster;
import io.nereid.runtime.exec.Config;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
        return program.program().run(readers(program, inputs), config);
    }

    /**
     * Runs {@code program} as {@code processes} processes of {@code config}'s workers each, in this
     * JVM over a {@link LocalFabric} (every batch that crosses processes goes through its codec);
     * the results are process 0's.
     */
    static Results runProcesses(Compiled program, int processes, Config config, Map<String, List<Object[]>> inputs) {
        List<LocalFabric> fabrics = LocalFabric.create(processes);
        ExecutorService pool = Executors.newFixedThreadPool(processes);
        try {
            List<Future<Results>> runs = new ArrayList<>();
            for (LocalFabric f : fabrics) {
                Map<String, RowReader> readers = readers(program, inputs);
                runs.add(pool.submit(() -> program.program().run(readers, Cluster.over(f, config))));
            }
            List<Results> results = new ArrayList<>();
            for (Future<Results> r : runs) {
                results.add(r.get(60, TimeUnit.SECONDS));
            }
            return results.get(0);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError("a run over " + processes + " processes failed", e);
        } finally {
            pool.shutdownNow();
            fabrics.forEach(LocalFabric::close);
        }
    }

    private static Map<String, RowReader> readers(Compiled program, Map<String, List<Object[]>> inputs) {
        Map<String, RowReader> readers = new HashMap<>();
        for (RelationInfo in : program.program().inputs()) {
            List<Object[]> rows = inputs.get(in.name());
            if (rows == null) {
                throw new IllegalArgumentException("no rows for input " + in.name());
            }
            readers.put(in.name(), new MemoryRows(rows));
        }
        return readers;
    }

    /** The rows of one output. */
    static List<Object[]> rows(Results results, String output) {
        ResultTable t = results.table(output);
        return t.rows();
    }
}
