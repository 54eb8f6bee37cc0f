package io.nereid.bench;

import io.nereid.datagen.EdgeList;
import io.nereid.datagen.Rmat;
import io.nereid.runtime.data.LongBatch;
import io.nereid.runtime.examples.ConnectedComponents;
import io.nereid.runtime.exec.Config;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code nq bench runtime}: the runtime's benchmarks of issue 2, each next to a hand-written
 * reference run in the same process, each ending with a {@link ResultLine}.
 */
@Command(
        name = "runtime",
        mixinStandardHelpOptions = true,
        description = {
            "Benchmark the timely dataflow runtime against hand-written references.",
            "",
            "progress: an empty loop, one notification per iteration, 1 and 2 workers;",
            "          reference: a two-thread ping-pong.",
            "exchange: 8-byte records all-to-all between 2 workers;",
            "          reference: a two-thread hand-off of long[4096] batches.",
            "cc:       label-propagation connected components on R-MAT, 1 and 2 workers;",
            "          reference: a single-threaded loop over arrays (all checked",
            "          against union-find).",
            "",
            "Each result ends with a line 'RESULT <name> <key>=<value> ...'. Figures",
            "are the best of the measured runs (medians are printed too); the ratios",
            "to the references are the figures to compare: ratio is best against best,",
            "paired_ratio the median of the ratios of runs taken side by side.",
        },
        footer = {"", "Example: nq bench runtime --scale 16 --repeat 5 --only cc"})
final class RuntimeBenchCommand implements Callable<Integer> {
    /** The benchmarks this command can run. */
    enum Part { progress, exchange, cc, processes }

    @Spec
    private CommandSpec spec;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "100000",
            description = "Loop iterations of the progress round trip (default: ${DEFAULT-VALUE}).")
    private int iterations;

    @Option(names = "--records", paramLabel = "N", defaultValue = "50000000",
            description = "Records each of the 2 workers sends through the exchange, rounded up to a multiple of "
                    + ExchangeThroughput.BATCH + " (default: ${DEFAULT-VALUE}).")
    private long records;

    @Option(names = "--scale", paramLabel = "S", defaultValue = "20",
            description = "R-MAT scale of the connected-components graph: 2^S nodes (default: ${DEFAULT-VALUE}).")
    private int scale;

    @Option(names = "--edge-factor", paramLabel = "F", defaultValue = "16",
            description = "R-MAT edge factor: F*2^S edges (default: ${DEFAULT-VALUE}).")
    private int edgeFactor;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "R-MAT seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--repeat", paramLabel = "R", defaultValue = "3",
            description = "Measured runs of each benchmark (default: ${DEFAULT-VALUE}).")
    private int repeat;

    @Option(names = "--warmup", paramLabel = "W", defaultValue = "1",
            description = "Unmeasured warm-up runs before them (default: ${DEFAULT-VALUE}).")
    private int warmup;

    @Option(names = "--only", paramLabel = "PART", split = ",",
            description = "Run only these benchmarks: ${COMPLETION-CANDIDATES} (default: all).")
    private Set<Part> only;

    private PrintWriter out;

    @Override
    public Integer call() {
        checkArguments();
        out = spec.commandLine().getOut();
        Set<Part> parts = only == null || only.isEmpty() ? EnumSet.allOf(Part.class) : EnumSet.copyOf(only);
        out.printf("nq bench runtime: %d processors, %s, Java %s (%s), load average %s; warm-up %d, repeat %d%n",
                Runtime.getRuntime().availableProcessors(), MachineInfo.cpuModel(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), MachineInfo.loadAverage(), warmup, repeat);
        out.flush();
        if (parts.contains(Part.progress)) {
            progressRoundTrip(1);
            progressRoundTrip(2);
        }
        if (parts.contains(Part.exchange)) {
            exchange();
        }
        if (parts.contains(Part.cc)) {
            connectedComponents();
        }
        if (parts.contains(Part.processes)) {
            processes();
        }
        return Main.EXIT_OK;
    }

    private void checkArguments() {
        if (iterations < 2) {
            throw usage("--iterations must be at least 2, was " + iterations);
        }
        if (records < 1) {
            throw usage("--records must be at least 1, was " + records);
        }
        if (scale < 1 || scale > 30) {
            throw usage("--scale must be between 1 and 30, was " + scale);
        }
        try {
            Rmat.edgeCount(scale, edgeFactor);
        } catch (IllegalArgumentException e) {
            throw usage("--edge-factor: " + e.getMessage());
        }
        if (repeat < 1) {
            throw usage("--repeat must be at least 1, was " + repeat);
        }
        if (warmup < 0) {
            throw usage("--warmup must be at least 0, was " + warmup);
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private void progressRoundTrip(int workers) {
        double[][][] us = Repeats.interleavedFigures(warmup, repeat, List.of(() -> {
            ProgressRoundTrip.Outcome o = ProgressRoundTrip.run(workers, iterations);
            check(o.notifications() == (long) workers * iterations, "progress round trip delivered "
                    + o.notifications() + " notifications, expected " + (long) workers * iterations);
            return new double[] {o.microsPerIteration(), o.typicalMicrosPerIteration()};
        }, () -> {
            PingPong.Outcome o = PingPong.run(iterations);
            return new double[] {o.microsPerRound(), o.typicalNanosPerRound() / 1e3};
        }));
        Repeats.Summary runtime = Repeats.least(us[0][0]);
        Repeats.Summary reference = Repeats.least(us[1][0]);
        Repeats.Summary runtimeTypical = Repeats.least(us[0][1]);
        Repeats.Summary referenceTypical = Repeats.least(us[1][1]);
        double ratio = runtime.best() / reference.best();
        double paired = Repeats.medianRatio(us[0][0], us[1][0]);
        double typicalRatio = runtimeTypical.best() / referenceTypical.best();
        out.printf(Locale.ROOT, "progress round trip, %d worker%s: %d iterations with one notification each: "
                        + "%.2f us/iteration (median %.2f); two-thread ping-pong %.3f us/round trip (median %.3f); "
                        + "ratio %.1f (per round: median %.1f)%n",
                workers, workers == 1 ? "" : "s", iterations, runtime.best(), runtime.median(), reference.best(),
                reference.median(), ratio, paired);
        out.printf(Locale.ROOT, "  typical window of %d iterations (median over the run, not moved by the moments "
                        + "the machine runs other work): %.2f us/iteration; ping-pong %.3f us/round trip; ratio %.1f%n",
                ProgressRoundTrip.WINDOW, runtimeTypical.best(), referenceTypical.best(), typicalRatio);
        ResultLine r = ResultLine.of("progress-roundtrip").with("workers", workers).with("iterations", iterations)
                .with("us_per_iter", runtime.best(), 2).with("reference_us_per_iter", reference.best(), 3)
                .with("ratio", ratio, 1).with("paired_ratio", paired, 1).with("typical_us_per_iter", runtimeTypical.best(), 2)
                .with("typical_reference_us_per_iter", referenceTypical.best(), 3)
                .with("typical_ratio", typicalRatio, 1);
        if (workers == 2) {
            r = r.with("goal_us_per_iter", "5").with("goal_met", runtime.best() <= 5);
        }
        print(r);
    }

    private void exchange() {
        int workers = 2;
        int batch = ExchangeThroughput.BATCH;
        long perWorker = (records + batch - 1) / batch * batch;
        long total = workers * perWorker;
        long expectedSum = ExchangeThroughput.expectedSum(workers, perWorker);
        double[][] rates = Repeats.interleaved(warmup, repeat, List.of(() -> {
            ExchangeThroughput.Outcome o = ExchangeThroughput.run(workers, perWorker, LongBatch.BY_VALUE);
            check(o.records() == total && o.sum() == expectedSum, "the exchange delivered " + o.records()
                    + " records summing to " + o.sum() + ", expected " + total + " summing to " + expectedSum);
            return o.recordsPerSecond() / 1e6;
        }, () -> {
            BatchHandOff.Outcome o = BatchHandOff.run(total, batch);
            check(o.records() == total && o.sum() == expectedSum, "the hand-off delivered "
                    + o.records() + " records summing to " + o.sum() + ", expected " + total + " summing to "
                    + expectedSum);
            return o.recordsPerSecond() / 1e6;
        }));
        Repeats.Summary runtime = Repeats.most(rates[0]);
        Repeats.Summary reference = Repeats.most(rates[1]);
        double ratio = runtime.best() / reference.best();
        double paired = Repeats.medianRatio(rates[0], rates[1]);
        boolean met = runtime.best() >= 50 && ratio >= 0.5;
        out.printf(Locale.ROOT, "exchange, %d workers: %d records of 8 bytes (%d per worker, hashed all-to-all): "
                        + "%.1f M records/s (median %.1f); two-thread hand-off of long[%d]: %.1f M records/s "
                        + "(median %.1f); ratio %.2f (per round: median %.2f)%n",
                workers, total, perWorker, runtime.best(), runtime.median(), batch, reference.best(),
                reference.median(), ratio, paired);
        print(ResultLine.of("exchange").with("workers", workers).with("records", total)
                .with("mrecords_per_s", runtime.best(), 1).with("reference_mrecords_per_s", reference.best(), 1)
                .with("ratio", ratio, 2).with("paired_ratio", paired, 2).with("goal_mrecords_per_s", "50").with("goal_ratio", "0.5")
                .with("goal_met", met));
        partitionCost(workers, batch);
    }

    /** The partition step alone, on one thread: the runtime's against a loop over raw arrays. */
    private void partitionCost(int workers, int batch) {
        int rounds = 20_000;
        double[][] ns = Repeats.interleaved(warmup + 1, repeat, List.of(
                () -> PartitionCost.runtimeNanosPerRecord(LongBatch.BY_VALUE, workers, batch, rounds),
                () -> PartitionCost.rawNanosPerRecord(workers, batch, rounds)));
        Repeats.Summary runtime = Repeats.least(ns[0]);
        Repeats.Summary raw = Repeats.least(ns[1]);
        double ratio = runtime.best() / raw.best();
        out.printf(Locale.ROOT, "  where the exchange's time goes: the partition step alone (one thread, %d-record batches, "
                        + "%d destinations): LongBatch.BY_VALUE %.2f ns/record (median %.2f); a loop over raw arrays "
                        + "with the same hash %.2f ns/record (median %.2f); ratio %.1f%n",
                batch, workers, runtime.best(), runtime.median(), raw.best(), raw.median(), ratio);
        print(ResultLine.of("exchange-partition").with("workers", workers).with("ns_per_record", runtime.best(), 2)
                .with("raw_loop_ns_per_record", raw.best(), 2).with("ratio", ratio, 1));
    }

    private void connectedComponents() {
        EdgeList g = Rmat.generate(scale, edgeFactor, seed);
        int nodes = Math.toIntExact(Rmat.nodeCount(scale));
        long[] expected = UnionFind.smallestIdPerComponent(g.src(), g.dst(), nodes);
        long components = Arrays.stream(expected).distinct().count();
        out.printf("connected components: R-MAT scale %d, edge factor %d, seed %d: %d nodes, %d edges, %d components%n",
                scale, edgeFactor, seed, nodes, g.size(), components);
        out.flush();
        double[][] seconds = Repeats.interleaved(warmup, repeat, List.of(
                () -> timed("the hand-written loop", expected, () -> LabelPropagationLoop.labels(g.src(), g.dst(), nodes)),
                () -> timed("the runtime with 1 worker", expected,
                        () -> ConnectedComponents.run(g.src(), g.dst(), nodes, Config.workers(1))),
                () -> timed("the runtime with 2 workers", expected,
                        () -> ConnectedComponents.run(g.src(), g.dst(), nodes, Config.workers(2)))));
        Repeats.Summary loop = Repeats.least(seconds[0]);
        for (int workers = 1; workers <= 2; workers++) {
            Repeats.Summary runtime = Repeats.least(seconds[workers]);
            double ratio = runtime.best() / loop.best();
            double paired = Repeats.medianRatio(seconds[workers], seconds[0]);
            out.printf(Locale.ROOT, "connected components, runtime with %d worker%s: %.3f s (median %.3f); "
                            + "single-threaded loop: %.3f s (median %.3f); ratio %.2f (per round: median %.2f); "
                            + "answers equal union-find%n",
                    workers, workers == 1 ? "" : "s", runtime.best(), runtime.median(), loop.best(), loop.median(), ratio,
                    paired);
            ResultLine r = ResultLine.of("cc-label-propagation").with("workers", workers).with("scale", scale)
                    .with("edge_factor", edgeFactor).with("seconds", runtime.best(), 3)
                    .with("loop_seconds", loop.best(), 3).with("ratio", ratio, 2).with("paired_ratio", paired, 2);
            if (workers == 1) {
                r = r.with("goal_ratio", "2").with("goal_met", ratio <= 2);
            }
            print(r);
        }
    }

    /** Runs {@code labels}, checks its answer, and returns its time in seconds. */
    private static double timed(String who, long[] expected, java.util.function.Supplier<long[]> labels) {
        long begin = System.nanoTime();
        long[] got = labels.get();
        double seconds = (System.nanoTime() - begin) / 1e9;
        check(Arrays.equals(got, expected), who + " labelled the graph differently from union-find");
        return seconds;
    }

    private static void check(boolean ok, String problem) {
        if (!ok) {
            throw new BenchmarkCheckException(problem);
        }
    }

    /**
     * Issue 3's figures: the progress round trip and the exchange across 2 processes (each with
     * one worker and its own Netty fabric, over TCP on loopback, in this JVM), against the same
     * benchmark in one process with 2 workers: the ratio is what crossing processes costs.
     */
    private void processes() {
        int loops = Math.min(iterations, 10_000);
        double[][] us = Repeats.interleaved(warmup, repeat, List.of(() -> {
            List<ProgressRoundTrip.Outcome> o = LoopbackCluster.run(2, 1, c -> ProgressRoundTrip.run(c, loops));
            long notifications = o.get(0).notifications() + o.get(1).notifications();
            check(notifications == 2L * loops, "the progress round trip across processes delivered " + notifications
                    + " notifications, expected " + 2L * loops);
            return o.get(0).microsPerIteration();
        }, () -> ProgressRoundTrip.run(2, loops).microsPerIteration()));
        Repeats.Summary across = Repeats.least(us[0]);
        Repeats.Summary within = Repeats.least(us[1]);
        out.printf(Locale.ROOT, "progress round trip, 2 processes x 1 worker over loopback TCP: %.1f us/iteration "
                + "(median %.1f); 1 process x 2 workers: %.2f us/iteration; ratio %.1f%n",
                across.best(), across.median(), within.best(), across.best() / within.best());
        print(ResultLine.of("progress-roundtrip-processes").with("processes", 2).with("workers", 1)
                .with("iterations", loops).with("us_per_iter", across.best(), 1)
                .with("one_process_us_per_iter", within.best(), 2).with("ratio", across.best() / within.best(), 1)
                .with("goal_us_per_iter", "50").with("goal_met", across.best() <= 50));

        int batch = ExchangeThroughput.BATCH;
        long perWorker = (Math.min(records, 10_000_000L) + batch - 1) / batch * batch;
        long total = 2 * perWorker;
        long expectedSum = ExchangeThroughput.expectedSum(2, perWorker);
        double[][] rates = Repeats.interleaved(warmup, repeat, List.of(() -> {
            long begin = System.nanoTime();
            List<ExchangeThroughput.Outcome> o = LoopbackCluster.run(2, 1,
                    c -> ExchangeThroughput.run(c, perWorker, LongBatch.BY_VALUE));
            long received = o.get(0).records() + o.get(1).records();
            long sum = o.get(0).sum() + o.get(1).sum();
            check(received == total && sum == expectedSum, "the exchange across processes delivered " + received
                    + " records summing to " + sum + ", expected " + total + " summing to " + expectedSum);
            long nanos = Math.max(o.get(0).nanos(), o.get(1).nanos());
            return total / 2.0 / (nanos / 1e9) / 1e6; // per process
        }, () -> {
            ExchangeThroughput.Outcome o = ExchangeThroughput.run(2, perWorker, LongBatch.BY_VALUE);
            return o.recordsPerSecond() / 1e6;
        }));
        Repeats.Summary acrossRate = Repeats.most(rates[0]);
        Repeats.Summary withinRate = Repeats.most(rates[1]);
        out.printf(Locale.ROOT, "exchange, 2 processes x 1 worker over loopback TCP: %.1f M records/s per process "
                + "(median %.1f); 1 process x 2 workers: %.1f M records/s; ratio %.2f%n",
                acrossRate.best(), acrossRate.median(), withinRate.best(), acrossRate.best() / withinRate.best());
        print(ResultLine.of("exchange-processes").with("processes", 2).with("workers", 1).with("records", total)
                .with("mrecords_per_s_per_process", acrossRate.best(), 1)
                .with("one_process_mrecords_per_s", withinRate.best(), 1)
                .with("ratio", acrossRate.best() / withinRate.best(), 2)
                .with("goal_mrecords_per_s_per_process", "10").with("goal_met", acrossRate.best() >= 10));
    }

    private void print(ResultLine r) {
        out.println(r);
        out.flush();
    }
}
