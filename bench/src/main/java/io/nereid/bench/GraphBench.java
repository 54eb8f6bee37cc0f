package io.nereid.bench;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * One graph workload, every contender on the same {@link GraphData}, run after run interleaved
 * ({@link Repeats}). The loop's answer is computed first, untimed; every run of every contender
 * (the loop's own included) must equal it before its time counts, else the workload fails with
 * a {@link BenchmarkCheckException} that names who disagreed and where.
 *
 * <p>Times: Nereid from its input rows (the arrays) to its collected output, the compiled program
 * given (compiling is timed apart); the loop from the edge arrays to its answer (building its CSR
 * included); DuckDB from the loaded edges table to its answer fetched into Java.
 */
final class GraphBench {
    private GraphBench() {}

    /** How to run: warm-up and measured runs, who runs, and whose answers to spoil on purpose. */
    record Settings(int warmup, int repeat, Set<Contender> contenders, Set<Contender> corrupt) {
        Settings {
            contenders = contenders.isEmpty() ? EnumSet.noneOf(Contender.class) : EnumSet.copyOf(contenders);
            corrupt = corrupt.isEmpty() ? EnumSet.noneOf(Contender.class) : EnumSet.copyOf(corrupt);
            if (!contenders.contains(Contender.LOOP)) {
                throw new IllegalArgumentException("the hand-written loop must run: the others are divided by it");
            }
        }
    }

    /** The seconds of every measured run of every contender, and the answer they all gave. */
    record Figures(GraphWorkload workload, GraphData graph, Map<Contender, double[]> seconds, KeyedAnswer answer) {
        Figures {
            seconds = Map.copyOf(seconds);
        }

        Repeats.Summary summary(Contender c) {
            return Repeats.least(seconds.get(c));
        }
    }

    /** Runs {@code workload}; {@code program} is the compiled sample, {@code db} holds the same edges. */
    static Figures measure(GraphWorkload workload, GraphData graph, NereidProgram program, DuckDbGraph db, Settings s) {
        Objects.requireNonNull(workload, "workload");
        KeyedAnswer expected = workload.loop(graph);
        List<Contender> order = new ArrayList<>(s.contenders());
        List<DoubleSupplier> bodies = new ArrayList<>();
        for (Contender c : order) {
            Supplier<KeyedAnswer> compute = switch (c) {
                case NEREID_1 -> () -> nereid(workload, graph, program, 1);
                case NEREID_2 -> () -> nereid(workload, graph, program, 2);
                case LOOP -> () -> workload.loop(graph);
                case DUCKDB -> () -> duckDb(workload, graph, db);
            };
            boolean spoil = s.corrupt().contains(c);
            bodies.add(() -> timed(workload, c, expected, spoil ? () -> compute.get().corrupted() : compute));
        }
        double[][] seconds = Repeats.interleaved(s.warmup(), s.repeat(), bodies);
        Map<Contender, double[]> byContender = new EnumMap<>(Contender.class);
        for (int i = 0; i < order.size(); i++) {
            byContender.put(order.get(i), seconds[i]);
        }
        return new Figures(workload, graph, byContender, expected);
    }

    private static KeyedAnswer nereid(GraphWorkload w, GraphData g, NereidProgram program, int workers) {
        return KeyedAnswer.of(w.output(), program.run(w.inputs(g), workers).table(w.output()));
    }

    private static KeyedAnswer duckDb(GraphWorkload w, GraphData g, DuckDbGraph db) {
        try {
            return w.duckDb(db, g);
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB failed on " + w.label() + ": " + e.getMessage(), e);
        }
    }

    private static double timed(GraphWorkload w, Contender c, KeyedAnswer expected, Supplier<KeyedAnswer> compute) {
        long begin = System.nanoTime();
        KeyedAnswer got = compute.get();
        double seconds = (System.nanoTime() - begin) / 1e9;
        String difference = got.firstDifference(expected, w.tolerance());
        if (difference != null) {
            throw new BenchmarkCheckException(w.label() + ": " + c.description() + " and the hand-written loop disagree: "
                    + difference);
        }
        return seconds;
    }

    /** Human-readable lines: each contender's best and median time. */
    static List<String> describe(Figures f) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%s: %d rows in the answer (sum %.6g), equal for every contender",
                f.workload().label(), f.answer().size(), f.answer().sum()));
        for (Contender c : Contender.values()) {
            if (f.seconds().containsKey(c)) {
                Repeats.Summary t = f.summary(c);
                lines.add(String.format(Locale.ROOT, "  %-18s %8.3f s (median %.3f)", c.description() + ":", t.best(),
                        t.median()));
            }
        }
        return lines;
    }

    /** One RESULT line per Nereid contender: its time, the ratios to the loop and DuckDB, the goals. */
    static List<ResultLine> results(Figures f) {
        List<ResultLine> lines = new ArrayList<>();
        for (Contender nereid : List.of(Contender.NEREID_1, Contender.NEREID_2)) {
            if (!f.seconds().containsKey(nereid)) {
                continue;
            }
            int workers = nereid == Contender.NEREID_1 ? 1 : 2;
            double seconds = f.summary(nereid).best();
            ResultLine r = ResultLine.of("graph-" + f.workload().label()).with("workers", workers)
                    .with("scale", f.graph().scale()).with("edge_factor", f.graph().edgeFactor())
                    .with("rows", f.answer().size()).with("seconds", seconds, 3);
            boolean met = true;
            boolean goals = false;
            double loop = f.summary(Contender.LOOP).best();
            double ratioLoop = seconds / loop;
            r = r.with("loop_seconds", loop, 3).with("ratio_loop", ratioLoop, 2)
                    .with("paired_ratio_loop", Repeats.medianRatio(f.seconds().get(nereid), f.seconds().get(Contender.LOOP)), 2);
            if (f.workload() == GraphWorkload.PAGERANK) {
                double goal = workers == 1 ? 1.5 : 1.0;
                r = r.with("goal_ratio_loop", workers == 1 ? "1.5" : "1");
                met &= workers == 1 ? ratioLoop <= goal : ratioLoop < goal;
                goals = true;
            }
            if (f.seconds().containsKey(Contender.DUCKDB)) {
                double duck = f.summary(Contender.DUCKDB).best();
                double ratioDuck = seconds / duck;
                double goal = f.workload() == GraphWorkload.PAGERANK ? 0.2 : 0.1;
                r = r.with("duckdb_seconds", duck, 3).with("ratio_duckdb", ratioDuck, 3)
                        .with("paired_ratio_duckdb",
                                Repeats.medianRatio(f.seconds().get(nereid), f.seconds().get(Contender.DUCKDB)), 3)
                        .with("goal_ratio_duckdb", goal, 1);
                met &= ratioDuck <= goal;
                goals = true;
            }
            lines.add(goals ? r.with("goal_met", met) : r);
        }
        return lines;
    }

    /** The RESULT line of a workload whose answers disagreed: no figures. */
    static ResultLine failure(GraphWorkload w, GraphData g) {
        return ResultLine.of("graph-" + w.label()).with("scale", g.scale()).with("edge_factor", g.edgeFactor())
                .with("status", "wrong_answer");
    }
}
