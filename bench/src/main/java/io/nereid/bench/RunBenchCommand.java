package io.nereid.bench;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code nq bench run}: issue 5's benchmarks of compiled NQ programs. PageRank, connected
 * components and reachability from the samples, on one R-MAT graph, against the hand-written loop
 * and DuckDB; the compile latency of pagerank.nq; the peak memory of PageRank against the loop's.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Benchmark NQ programs compiled by Nereid against a hand-written loop and DuckDB.",
            "",
            "graph:   PageRank (20 rounds), connected components and reachability from",
            "         samples/{pagerank,cc,reach}, Nereid with 1 and 2 workers, a single-threaded",
            "         Java loop over CSR arrays, DuckDB (JDBC, SQL as a user would write it), all",
            "         on the same R-MAT graph; every answer is checked against the loop's first.",
            "compile: pagerank.nq to a runnable program (javac included), warm, median.",
            "memory:  peak resident memory of PageRank on 1 worker against the loop's, each in a",
            "         child JVM with the same -Xmx.",
            "",
            "Each figure ends with a line 'RESULT <name> <key>=<value> ...'. A wrong answer is",
            "reported as a failure (exit 1), not as a figure.",
        },
        footer = {"", "Example: nq bench run --scale 16 --only graph,compile"})
final class RunBenchCommand implements Callable<Integer> {
    /** The parts of the benchmark. */
    enum Part { graph, compile, memory }

    /** The pagerank goal: compiling it takes at most this long, warm. */
    static final double COMPILE_GOAL_MS = 300;

    @Spec
    private CommandSpec spec;

    @Mixin
    private GraphOptions graphOptions;

    @Option(names = "--only", paramLabel = "PART", split = ",",
            description = "Run only these parts: ${COMPLETION-CANDIDATES} (default: all).")
    private Set<Part> only;

    @Option(names = "--compile-warmup", paramLabel = "W", defaultValue = "5",
            description = "Unmeasured compilations of pagerank.nq first (default: ${DEFAULT-VALUE}).")
    private int compileWarmup;

    @Option(names = "--compile-repeat", paramLabel = "R", defaultValue = "10",
            description = "Measured compilations (default: ${DEFAULT-VALUE}).")
    private int compileRepeat;

    @Option(names = "--memory-heap", paramLabel = "SIZE", defaultValue = "4g",
            description = "-Xmx of both child JVMs of the memory benchmark (default: ${DEFAULT-VALUE}).")
    private String memoryHeap;

    @Override
    public Integer call() {
        GraphSuite.Options options = graphOptions.check(spec);
        if (compileWarmup < 0 || compileRepeat < 1) {
            throw new ParameterException(spec.commandLine(), "--compile-warmup must be >= 0 and --compile-repeat >= 1");
        }
        if (!memoryHeap.matches("[0-9]+[kKmMgG]?")) {
            throw new ParameterException(spec.commandLine(), "--memory-heap must be a size like 4g or 512m, was '"
                    + memoryHeap + "'");
        }
        SampleFiles samples = graphOptions.samples(spec);
        List<GraphWorkload> workloads = graphOptions.workloads(spec,
                List.of(GraphWorkload.PAGERANK, GraphWorkload.CC, GraphWorkload.REACH));
        Set<Part> parts = only == null || only.isEmpty() ? EnumSet.allOf(Part.class) : EnumSet.copyOf(only);
        Report report = new Report(spec.commandLine().getOut(), spec.commandLine().getErr(), "nq bench run");
        report.line(MachineInfo.header("nq bench run", options.warmup(), options.repeat()));
        GraphData graph = GraphSuite.graph(options, report);
        if (parts.contains(Part.graph)) {
            GraphSuite.run(workloads, graph, samples, options, report);
        }
        Path pagerank = samples.require(GraphWorkload.PAGERANK.sample());
        if (parts.contains(Part.compile)) {
            compile(pagerank, report);
        }
        if (parts.contains(Part.memory)) {
            memory(graph, pagerank, options, report);
        }
        return report.exitCode();
    }

    private void compile(Path pagerank, Report report) {
        double[] ms = CompileLatency.millis(pagerank, Map.of(), compileWarmup, compileRepeat);
        long lines = NereidProgram.read(pagerank).lineCount();
        report.line(String.format(Locale.ROOT, "compile pagerank.nq (%d lines) to a runnable program, warm, javac "
                + "included: median %.1f ms (best %.1f ms) over %d compilations", lines, CompileLatency.median(ms),
                Repeats.least(ms).best(), ms.length));
        report.result(CompileLatency.result("compile", "pagerank", lines, ms, COMPILE_GOAL_MS));
    }

    private void memory(GraphData graph, Path pagerank, GraphSuite.Options options, Report report) {
        if (!PeakMemory.available()) {
            report.line("memory: skipped: this system has no /proc/self/status to read peak resident memory from");
            return;
        }
        KeyedAnswer expected = GraphWorkload.PAGERANK.loop(graph);
        try {
            PeakMemory.Probe loop = PeakMemory.run(Contender.LOOP, graph, pagerank, memoryHeap);
            PeakMemory.check(Contender.LOOP, options.corrupt().contains(Contender.LOOP) ? spoil(loop) : loop, expected);
            PeakMemory.Probe nereid = PeakMemory.run(Contender.NEREID_1, graph, pagerank, memoryHeap);
            PeakMemory.check(Contender.NEREID_1,
                    options.corrupt().contains(Contender.NEREID_1) ? spoil(nereid) : nereid, expected);
            double ratio = (double) nereid.hwmKib() / loop.hwmKib();
            long nereidAbove = nereid.hwmKib() - nereid.baselineKib();
            long loopAbove = loop.hwmKib() - loop.baselineKib();
            report.line(String.format(Locale.ROOT, "memory, PageRank, peak resident memory of the whole child JVM "
                    + "(-Xmx%s): Nereid 1 worker %d MiB, loop %d MiB, ratio %.2f; above the %d MiB after generating "
                    + "the graph: Nereid %d MiB, loop %d MiB", memoryHeap, nereid.hwmKib() >> 10, loop.hwmKib() >> 10,
                    ratio, loop.baselineKib() >> 10, nereidAbove >> 10, loopAbove >> 10));
            ResultLine r = ResultLine.of("memory-pagerank").with("workers", 1).with("scale", graph.scale())
                    .with("edge_factor", graph.edgeFactor()).with("xmx", memoryHeap)
                    .with("hwm_mib", nereid.hwmKib() >> 10).with("loop_hwm_mib", loop.hwmKib() >> 10)
                    .with("ratio", ratio, 2).with("baseline_mib", loop.baselineKib() >> 10)
                    .with("above_baseline_mib", nereidAbove >> 10).with("loop_above_baseline_mib", loopAbove >> 10);
            if (loopAbove >= 1024) { // a ratio of increments below 1 MiB says nothing
                r = r.with("above_baseline_ratio", (double) nereidAbove / loopAbove, 2);
            }
            report.result(r.with("goal_ratio", "2").with("goal_met", ratio <= 2));
        } catch (BenchmarkCheckException e) {
            report.failure(e.getMessage());
            report.result(ResultLine.of("memory-pagerank").with("status", "wrong_answer"));
        }
    }

    private static PeakMemory.Probe spoil(PeakMemory.Probe p) {
        return new PeakMemory.Probe(p.baselineKib(), p.hwmKib(), p.rows(), p.sum() + 1);
    }
}
