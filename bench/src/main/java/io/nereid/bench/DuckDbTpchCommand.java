package io.nereid.bench;

import io.nereid.datagen.Tpch;
import io.nereid.datagen.TpchTableFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code nq bench duckdb-tpch}: the DuckDB side of the TPC-H benchmark on its own, the baseline
 * that Nereid's TPC-H figures will be divided by. Generates the tables into a temporary
 * directory, then, per run, loads them into a fresh DuckDB and runs the six queries, timing the
 * load and each query apart.
 */
@Command(
        name = "duckdb-tpch",
        mixinStandardHelpOptions = true,
        description = {
            "Time DuckDB (JDBC, in memory) on TPC-H: loading the eight .tbl files, then Q1, Q3, Q5,",
            "Q6, Q9 and Q18, each run on a freshly loaded database. The tables are generated into a",
            "temporary directory first and deleted at the end.",
            "",
            "Each figure ends with a line 'RESULT <name> <key>=<value> ...' (best of the measured runs).",
        },
        footer = {"", "Example: nq bench duckdb-tpch --tpch-sf 1 --repeat 3"})
final class DuckDbTpchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--tpch-sf", paramLabel = "F", defaultValue = "1",
            description = "TPC-H scale factor (default: ${DEFAULT-VALUE}, about 1 GB).")
    private double scaleFactor;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "" + DuckDbTpch.DEFAULT_THREADS,
            description = "DuckDB threads (default: ${DEFAULT-VALUE}).")
    private int threads;

    @Option(names = "--repeat", paramLabel = "R", defaultValue = "3",
            description = "Measured runs (default: ${DEFAULT-VALUE}).")
    private int repeat;

    @Option(names = "--warmup", paramLabel = "W", defaultValue = "1",
            description = "Unmeasured warm-up runs before them (default: ${DEFAULT-VALUE}).")
    private int warmup;

    private PrintWriter out;

    @Override
    public Integer call() throws IOException {
        checkArguments();
        out = spec.commandLine().getOut();
        out.printf("nq bench duckdb-tpch: %d processors, %s, Java %s, load average %s; DuckDB with %d thread%s;"
                        + " warm-up %d, repeat %d%n",
                Runtime.getRuntime().availableProcessors(), MachineInfo.cpuModel(), System.getProperty("java.version"),
                MachineInfo.loadAverage(), threads, threads == 1 ? "" : "s", warmup, repeat);
        out.flush();
        Path dir = Files.createTempDirectory("nereid-tpch-");
        try {
            long start = System.nanoTime();
            List<TpchTableFile> files = Tpch.generate(scaleFactor, dir);
            double generated = (System.nanoTime() - start) / 1e9;
            long rows = files.stream().mapToLong(TpchTableFile::rows).sum();
            long bytes = files.stream().mapToLong(TpchTableFile::bytes).sum();
            out.printf(Locale.ROOT, "generated TPC-H scale factor %s: %,d rows, %,d bytes in %.1f s%n",
                    sf(), rows, bytes, generated);
            out.flush();
            measure(dir);
        } finally {
            TempTree.delete(dir);
        }
        return Main.EXIT_OK;
    }

    /** Loads and queries, round after round; prints each figure and its result line. */
    private void measure(Path dir) {
        DuckDbQuery[] queries = DuckDbQuery.values();
        long[] rowCounts = new long[queries.length];
        Arrays.fill(rowCounts, -1);
        Supplier<double[]> round = () -> oneRound(dir, queries, rowCounts);
        double[][] seconds = Repeats.interleavedFigures(warmup, repeat, List.of(round))[0];
        Repeats.Summary load = Repeats.least(seconds[0]);
        out.printf(Locale.ROOT, "load: %.3f s (median %.3f)%n", load.best(), load.median());
        print(ResultLine.of("duckdb-tpch-load").with("sf", sf()).with("threads", threads).with("seconds", load.best(), 3));
        double queryTotal = 0;
        for (int q = 0; q < queries.length; q++) {
            Repeats.Summary time = Repeats.least(seconds[q + 1]);
            queryTotal += time.best();
            out.printf(Locale.ROOT, "%s: %.3f s (median %.3f), %d rows%n", name(queries[q]), time.best(), time.median(),
                    rowCounts[q]);
            print(ResultLine.of("duckdb-tpch-query").with("query", name(queries[q])).with("sf", sf())
                    .with("threads", threads).with("rows", rowCounts[q]).with("seconds", time.best(), 3));
        }
        out.printf(Locale.ROOT, "six queries: %.3f s; load and six queries: %.3f s%n", queryTotal, queryTotal + load.best());
        print(ResultLine.of("duckdb-tpch-total").with("sf", sf()).with("threads", threads)
                .with("query_seconds", queryTotal, 3).with("seconds", queryTotal + load.best(), 3));
    }

    /**
     * One fresh database: the load's time, then each query's. Every round must give each query
     * the same number of rows as the first (the sums may differ in their last bits: DuckDB adds
     * in parallel).
     */
    private double[] oneRound(Path dir, DuckDbQuery[] queries, long[] rowCounts) {
        double[] seconds = new double[queries.length + 1];
        try (DuckDbTpch duckDb = DuckDbTpch.open(threads)) {
            seconds[0] = duckDb.load(dir).nanos() / 1e9;
            for (int q = 0; q < queries.length; q++) {
                DuckDbResult result = duckDb.run(queries[q]);
                seconds[q + 1] = result.nanos() / 1e9;
                long count = result.rows().size();
                if (rowCounts[q] >= 0 && rowCounts[q] != count) {
                    throw new BenchmarkCheckException(name(queries[q]) + " returned " + count + " rows, an earlier run "
                            + rowCounts[q]);
                }
                rowCounts[q] = count;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return seconds;
    }

    private void checkArguments() {
        try {
            Tpch.checkScaleFactor(scaleFactor);
        } catch (IllegalArgumentException e) {
            throw usage("--tpch-sf: " + e.getMessage());
        }
        if (threads < 1) {
            throw usage("--threads must be at least 1, was " + threads);
        }
        if (repeat < 1) {
            throw usage("--repeat must be at least 1, was " + repeat);
        }
        if (warmup < 0) {
            throw usage("--warmup must not be negative, was " + warmup);
        }
    }

    private String sf() {
        return TempTree.scaleFactor(scaleFactor);
    }

    private static String name(DuckDbQuery query) {
        return query.name().toLowerCase(Locale.ROOT);
    }

    private void print(ResultLine line) {
        out.println(line);
        out.flush();
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
