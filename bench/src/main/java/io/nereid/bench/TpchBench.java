package io.nereid.bench;

import io.nereid.datagen.Tpch;
import io.nereid.datagen.TpchTableFile;
import io.nereid.operators.BadRowPolicy;
import io.nereid.operators.InputSource;
import io.nereid.operators.RelationInfo;
import io.nereid.operators.ResultTable;
import io.nereid.operators.RowReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * TPC-H, Nereid against DuckDB on the same {@code .tbl} files (generated once into a temporary
 * directory): the sample programs {@code samples/tpch/qN.nq} on 2 workers, DuckDB (2 threads)
 * with the SQL of {@link DuckDbQuery}.
 *
 * <ul>
 *   <li>Load included: Nereid runs each program on the files, as {@code nq run} does (each program
 *       reads the tables it declares); DuckDB creates and fills its tables, then runs the query.
 *       Per query, DuckDB's figure is the fill of the tables the query reads plus the query; in
 *       the total, the load of all eight tables once plus the six queries.
 *   <li>Query only: Nereid's inputs are read into memory first and replayed ({@link TableRows});
 *       DuckDB's tables are already loaded.
 * </ul>
 *
 * <p>DuckDB's answers of a first, untimed round are the reference: each Nereid answer must equal
 * them ({@link TpchAnswers}) before the query is timed; a query that differs is a failure.
 */
final class TpchBench {
    private static final int WORKERS = 2;

    private TpchBench() {}

    static void run(SampleFiles samples, double sf, GraphSuite.Options o, Report report, List<String> notes) {
        Map<DuckDbQuery, NereidProgram> programs = new LinkedHashMap<>();
        for (DuckDbQuery q : DuckDbQuery.values()) {
            Optional<Path> file = samples.find("tpch/" + name(q) + ".nq");
            if (file.isPresent()) {
                programs.put(q, NereidProgram.compile(file.get(), Map.of()));
            } else {
                report.line("tpch " + name(q) + ": skipped: samples/tpch/" + name(q) + ".nq does not exist");
                notes.add("TPC-H " + name(q) + " was skipped: samples/tpch/" + name(q) + ".nq does not exist.");
            }
        }
        if (programs.isEmpty()) {
            report.result(ResultLine.of("tpch").with("status", "skipped").with("reason", "no_sample"));
            return;
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("nereid-bench-tpch-");
            long begin = System.nanoTime();
            List<TpchTableFile> files = Tpch.generate(sf, dir);
            report.line(String.format(Locale.ROOT, "tpch: scale factor %s, %,d rows in %,d bytes of .tbl files "
                    + "(generated in %.1f s)", TempTree.scaleFactor(sf), files.stream().mapToLong(TpchTableFile::rows).sum(),
                    files.stream().mapToLong(TpchTableFile::bytes).sum(), (System.nanoTime() - begin) / 1e9));
            measure(dir, sf, programs, o, report, notes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the TPC-H tables: " + e.getMessage(), e);
        } finally {
            if (dir != null) {
                TempTree.delete(dir);
            }
        }
    }

    private static void measure(Path dir, double sf, Map<DuckDbQuery, NereidProgram> all, GraphSuite.Options o,
            Report report, List<String> notes) throws IOException {
        boolean spoil = o.corrupt().contains(Contender.NEREID_2);
        Map<DuckDbQuery, DuckDbResult> expected = new LinkedHashMap<>();
        duckDbRound(dir, o.duckDbThreads(), List.copyOf(all.keySet()), expected);
        // the check before any timing: a query whose answer differs is a failure, not a figure
        Map<DuckDbQuery, NereidProgram> programs = new LinkedHashMap<>();
        for (Map.Entry<DuckDbQuery, NereidProgram> e : all.entrySet()) {
            String difference = TpchAnswers.firstDifference(answer(e.getValue(), fromFiles(dir, e.getValue()), spoil),
                    expected.get(e.getKey()));
            if (difference == null) {
                programs.put(e.getKey(), e.getValue());
            } else {
                report.failure("tpch " + name(e.getKey()) + ": Nereid and DuckDB disagree: " + difference);
                report.result(ResultLine.of("tpch-" + name(e.getKey())).with("sf", TempTree.scaleFactor(sf)).with("status", "wrong_answer"));
            }
        }
        if (programs.isEmpty()) {
            return;
        }
        List<DuckDbQuery> queries = List.copyOf(programs.keySet());
        Map<RelationInfo, TableRows> inMemory = new LinkedHashMap<>();
        for (NereidProgram p : programs.values()) {
            for (RelationInfo in : p.program().inputs()) {
                inMemory.computeIfAbsent(in, r -> TableRows.read(r, open(dir, r)));
            }
        }
        int n = queries.size();
        Supplier<double[]> duckDb = () -> {
            Map<DuckDbQuery, DuckDbResult> got = new LinkedHashMap<>();
            DuckDbLoad load = duckDbRound(dir, o.duckDbThreads(), queries, got);
            double[] f = new double[2 * n + 1];
            f[0] = load.nanos() / 1e9;
            for (int i = 0; i < n; i++) {
                DuckDbQuery q = queries.get(i);
                if (got.get(q).rows().size() != expected.get(q).rows().size()) {
                    throw new BenchmarkCheckException("tpch " + name(q) + ": DuckDB answered " + got.get(q).rows().size()
                            + " rows, in its first round " + expected.get(q).rows().size());
                }
                double tables = programs.get(q).program().inputs().stream()
                        .mapToLong(r -> load.tableNanos().getOrDefault(r.name(), 0L)).sum() / 1e9;
                f[1 + i] = got.get(q).nanos() / 1e9;
                f[1 + n + i] = tables + f[1 + i];
            }
            return f;
        };
        Supplier<double[]> nereidFiles = () -> nereidRound(queries, programs, expected, p -> fromFiles(dir, p));
        Supplier<double[]> nereidMemory = () -> nereidRound(queries, programs, expected, p -> {
            Map<String, RowReader> readers = new LinkedHashMap<>();
            p.program().inputs().forEach(r -> readers.put(r.name(), inMemory.get(r).reader()));
            return readers;
        });
        double[][][] f = Repeats.interleavedFigures(o.warmup(), o.repeat(), List.of(duckDb, nereidFiles, nereidMemory));
        double duckLoad = Repeats.least(f[0][0]).best();
        double[] sums = new double[4];
        for (int i = 0; i < n; i++) {
            double nereid = Repeats.least(f[1][i]).best();
            double nereidQuery = Repeats.least(f[2][i]).best();
            double duckQuery = Repeats.least(f[0][1 + i]).best();
            double duckWithLoad = Repeats.least(f[0][1 + n + i]).best();
            sums[0] += nereid;
            sums[1] += nereidQuery;
            sums[2] += duckQuery;
            report.line(String.format(Locale.ROOT, "tpch %s: Nereid %.3f s from the files, %.3f s from memory; DuckDB "
                    + "%.3f s with the load of its tables, %.3f s query only; %d rows, equal", name(queries.get(i)),
                    nereid, nereidQuery, duckWithLoad, duckQuery, expected.get(queries.get(i)).rows().size()));
            report.result(ResultLine.of("tpch-" + name(queries.get(i))).with("sf", TempTree.scaleFactor(sf)).with("workers", WORKERS)
                    .with("rows", expected.get(queries.get(i)).rows().size()).with("seconds", nereid, 3)
                    .with("duckdb_seconds", duckWithLoad, 3).with("ratio", nereid / duckWithLoad, 2)
                    .with("query_seconds", nereidQuery, 3).with("duckdb_query_seconds", duckQuery, 3)
                    .with("query_ratio", nereidQuery / duckQuery, 2));
        }
        double duckTotal = duckLoad + sums[2];
        report.line(String.format(Locale.ROOT, "tpch, %d queries: Nereid %.3f s from the files (%.3f s from memory); "
                + "DuckDB %.3f s load + %.3f s queries = %.3f s", n, sums[0], sums[1], duckLoad, sums[2], duckTotal));
        report.result(ResultLine.of("tpch-total").with("sf", TempTree.scaleFactor(sf)).with("workers", WORKERS).with("queries", n)
                .with("seconds", sums[0], 3).with("duckdb_seconds", duckTotal, 3).with("duckdb_load_seconds", duckLoad, 3)
                .with("ratio", sums[0] / duckTotal, 2).with("query_seconds", sums[1], 3)
                .with("duckdb_query_seconds", sums[2], 3).with("query_ratio", sums[1] / sums[2], 2)
                .with("goal_ratio", "1.5").with("goal_met", sums[0] / duckTotal <= 1.5 && n == DuckDbQuery.values().length));
        if (n < DuckDbQuery.values().length) {
            notes.add("The TPC-H total covers " + n + " of the six queries, so its goal is not met.");
        }
    }

    /** A fresh DuckDB: loads the tables, runs {@code queries} into {@code answers}; returns the load. */
    private static DuckDbLoad duckDbRound(Path dir, int threads, List<DuckDbQuery> queries,
            Map<DuckDbQuery, DuckDbResult> answers) {
        try (DuckDbTpch db = DuckDbTpch.open(threads)) {
            DuckDbLoad load = db.load(dir);
            for (DuckDbQuery q : queries) {
                answers.put(q, db.run(q));
            }
            return load;
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB failed on TPC-H: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double[] nereidRound(List<DuckDbQuery> queries, Map<DuckDbQuery, NereidProgram> programs,
            Map<DuckDbQuery, DuckDbResult> expected, java.util.function.Function<NereidProgram, Map<String, RowReader>> inputs) {
        double[] seconds = new double[queries.size()];
        for (int i = 0; i < seconds.length; i++) {
            DuckDbQuery q = queries.get(i);
            NereidProgram p = programs.get(q);
            long begin = System.nanoTime();
            Map<String, RowReader> readers = inputs.apply(p);
            ResultTable got = answer(p, readers, false);
            seconds[i] = (System.nanoTime() - begin) / 1e9;
            String difference = TpchAnswers.firstDifference(got, expected.get(q));
            if (difference != null) {
                throw new BenchmarkCheckException("tpch " + name(q) + ": Nereid and DuckDB disagree: " + difference);
            }
        }
        return seconds;
    }

    private static ResultTable answer(NereidProgram p, Map<String, RowReader> inputs, boolean spoil) {
        ResultTable t = p.run(inputs, WORKERS).tables().get(0);
        if (!spoil) {
            return t;
        }
        List<Object[]> rows = new ArrayList<>(t.rows());
        if (rows.isEmpty()) {
            rows.add(new Object[t.relation().columns().size()]);
        } else {
            rows.remove(0);
        }
        return new ResultTable(t.relation(), rows);
    }

    private static Map<String, RowReader> fromFiles(Path dir, NereidProgram p) {
        Map<String, RowReader> readers = new LinkedHashMap<>();
        for (RelationInfo in : p.program().inputs()) {
            readers.put(in.name(), open(dir, in));
        }
        return readers;
    }

    private static InputSource open(Path dir, RelationInfo relation) {
        Path file = dir.resolve(relation.name() + ".tbl");
        try {
            return InputSource.open(file, relation, BadRowPolicy.FAIL);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String name(DuckDbQuery q) {
        return q.name().toLowerCase(Locale.ROOT);
    }
}
