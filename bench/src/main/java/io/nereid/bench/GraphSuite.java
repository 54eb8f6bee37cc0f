package io.nereid.bench;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The graph part of {@code nq bench run} and {@code nq bench peers}: one R-MAT graph, given to
 * every contender of every workload; DuckDB loaded once with it; each workload's sample compiled
 * once (before timing) and measured by {@link GraphBench}. A workload whose answers disagree is
 * reported as a failure and the others still run; a workload whose sample does not exist yet is
 * skipped with a note.
 */
final class GraphSuite {
    private GraphSuite() {}

    /** The graph and how to run the workloads on it. */
    record Options(int scale, int edgeFactor, long seed, int warmup, int repeat, int duckDbThreads, boolean duckDb,
            Set<Contender> corrupt) {
        Options {
            corrupt = corrupt.isEmpty() ? EnumSet.noneOf(Contender.class) : EnumSet.copyOf(corrupt);
        }

        GraphBench.Settings settings() {
            EnumSet<Contender> who = EnumSet.allOf(Contender.class);
            if (!duckDb) {
                who.remove(Contender.DUCKDB);
            }
            return new GraphBench.Settings(warmup, repeat, who, corrupt);
        }
    }

    /** Generates the graph and describes it. */
    static GraphData graph(Options o, Report report) {
        long begin = System.nanoTime();
        GraphData g = GraphData.generate(o.scale(), o.edgeFactor(), o.seed());
        report.line(String.format(Locale.ROOT, "graph: %s (generated in %.1f s)", g, (System.nanoTime() - begin) / 1e9));
        return g;
    }

    /** Runs {@code workloads} on {@code g}, printing figures and results into {@code report}. */
    static void run(List<GraphWorkload> workloads, GraphData g, SampleFiles samples, Options o, Report report) {
        DuckDbGraph db = null;
        try {
            if (o.duckDb()) {
                long begin = System.nanoTime();
                db = DuckDbGraph.load(g, o.duckDbThreads());
                report.line(String.format(Locale.ROOT, "DuckDB: %d threads, edges loaded in %.1f s (not timed)",
                        o.duckDbThreads(), (System.nanoTime() - begin) / 1e9));
            }
            for (GraphWorkload w : workloads) {
                runOne(w, g, samples, o, db, report);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB failed to load the graph: " + e.getMessage(), e);
        } finally {
            if (db != null) {
                try {
                    db.close();
                } catch (SQLException ignored) {
                    // closing an in-memory database: nothing to keep
                }
            }
        }
    }

    private static void runOne(GraphWorkload w, GraphData g, SampleFiles samples, Options o, DuckDbGraph db,
            Report report) {
        Optional<Path> sample = samples.find(w.sample());
        if (sample.isEmpty()) {
            report.line(w.label() + ": skipped: the sample samples/" + w.sample() + " does not exist");
            report.result(ResultLine.of("graph-" + w.label()).with("status", "skipped").with("reason", "no_sample"));
            return;
        }
        NereidProgram program = NereidProgram.compile(sample.get(), w.params(g));
        try {
            GraphBench.Figures f = GraphBench.measure(w, g, program, db, o.settings());
            GraphBench.describe(f).forEach(report::line);
            GraphBench.results(f).forEach(report::result);
        } catch (BenchmarkCheckException e) {
            report.failure(e.getMessage());
            report.result(GraphBench.failure(w, g));
        }
    }
}
