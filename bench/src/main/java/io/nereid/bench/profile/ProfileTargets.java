package io.nereid.bench.profile;

import io.nereid.bench.BenchmarkCheckException;
import io.nereid.bench.DuckDbQuery;
import io.nereid.bench.DuckDbResult;
import io.nereid.bench.DuckDbTpch;
import io.nereid.bench.GraphData;
import io.nereid.bench.GraphWorkload;
import io.nereid.bench.KeyedAnswer;
import io.nereid.bench.NereidProgram;
import io.nereid.operators.BadRowPolicy;
import io.nereid.operators.InputSource;
import io.nereid.operators.RelationInfo;
import io.nereid.operators.ResultTable;
import io.nereid.operators.RowReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@link ProfileTarget}s of {@code nq bench profile}, each compiled before anything is
 * recorded: a graph workload (the sample program on an R-MAT graph, its answer checked against
 * the hand-written loop's) or a TPC-H query (the sample program on generated {@code .tbl} files,
 * its number of rows checked against DuckDB's answer to the same query).
 */
final class ProfileTargets {
    private ProfileTargets() {}

    /** {@code w}'s sample on {@code g} with {@code workers} workers. */
    static ProfileTarget graph(GraphWorkload w, GraphData g, Path sample, int workers) {
        NereidProgram program = NereidProgram.compile(sample, w.params(g));
        KeyedAnswer expected = w.loop(g);
        Runnable run = () -> {
            KeyedAnswer got = KeyedAnswer.of(w.output(), program.run(w.inputs(g), workers).table(w.output()));
            String difference = got.firstDifference(expected, w.tolerance());
            if (difference != null) {
                throw new BenchmarkCheckException(w.label() + ": Nereid and the hand-written loop disagree: " + difference);
            }
        };
        String description = String.format(Locale.ROOT, "%s (samples/%s), R-MAT scale %d, edge factor %d, %d edges, %d %s",
                w.label(), w.sample(), g.scale(), g.edgeFactor(), g.edges().size(), workers, workers == 1 ? "worker" : "workers");
        return new ProfileTarget(w.label() + "-s" + g.scale() + "-w" + workers, description, run);
    }

    /** TPC-H {@code query}'s sample on the tables in {@code tables} (scale factor {@code sf}) with {@code workers} workers. */
    static ProfileTarget tpch(DuckDbQuery query, Path sample, Path tables, String sf, int workers) {
        NereidProgram program = NereidProgram.compile(sample, Map.of());
        int expectedRows;
        try (DuckDbTpch db = DuckDbTpch.open()) {
            db.load(tables);
            DuckDbResult answer = db.run(query);
            expectedRows = answer.rows().size();
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("DuckDB failed on TPC-H " + query + ": " + e.getMessage(), e);
        }
        String name = query.name().toLowerCase(Locale.ROOT);
        Runnable run = () -> {
            Map<String, RowReader> inputs = new LinkedHashMap<>();
            for (RelationInfo in : program.program().inputs()) {
                Path file = tables.resolve(in.name() + ".tbl");
                try {
                    inputs.put(in.name(), InputSource.open(file, in, BadRowPolicy.FAIL));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
                }
            }
            ResultTable got = program.run(inputs, workers).tables().get(0);
            if (got.rows().size() != expectedRows) {
                throw new BenchmarkCheckException("tpch " + name + ": Nereid answered " + got.rows().size()
                        + " rows, DuckDB " + expectedRows);
            }
        };
        String description = String.format(Locale.ROOT, "TPC-H %s (samples/tpch/%s.nq), scale factor %s, from the .tbl "
                + "files, %d %s", name, name, sf, workers, workers == 1 ? "worker" : "workers");
        return new ProfileTarget("tpch-" + name + "-sf" + sf + "-w" + workers, description, run);
    }
}
