package io.nereid.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code nq bench peers}: issue 6's suite. The four graph workloads (as {@code nq bench run}
 * runs them, SSSP included), TPC-H against DuckDB on the same {@code .tbl} files
 * ({@link TpchBench}), and the compile latency of every sample; then the table goes into
 * {@code BENCHMARKS.md} with the machine, date and command.
 */
@Command(
        name = "peers",
        mixinStandardHelpOptions = true,
        description = {
            "Benchmark Nereid against its peers on the same data, in one run, and write the table",
            "into BENCHMARKS.md.",
            "",
            "graph:   PageRank, connected components, reachability and SSSP from the samples, on",
            "         R-MAT: Nereid 1 and 2 workers, a hand-written loop, DuckDB (2 threads).",
            "tpch:    load + Q1, Q3, Q5, Q6, Q9, Q18 from samples/tpch, Nereid against DuckDB on",
            "         the same .tbl files, load included and query only.",
            "compile: every sample to a runnable program, warm, median.",
            "",
            "Every answer is checked against the peer's before a time is reported.",
        },
        footer = {"", "Example: nq bench peers --scale 16 --tpch-sf 0.1"})
final class PeersBenchCommand implements Callable<Integer> {
    /** The parts of the suite. */
    enum Part { graph, tpch, compile }

    static final String SECTION = "nq bench peers";

    @Spec
    private CommandSpec spec;

    @Mixin
    private GraphOptions graphOptions;

    @Option(names = "--tpch-sf", paramLabel = "F", defaultValue = "1",
            description = "TPC-H scale factor (default: ${DEFAULT-VALUE}).")
    private double tpchScaleFactor;

    @Option(names = "--only", paramLabel = "PART", split = ",",
            description = "Run only these parts: ${COMPLETION-CANDIDATES} (default: all).")
    private List<Part> only;

    @Option(names = "--compile-warmup", paramLabel = "W", defaultValue = "3",
            description = "Unmeasured compilations of each sample first (default: ${DEFAULT-VALUE}).")
    private int compileWarmup;

    @Option(names = "--compile-repeat", paramLabel = "R", defaultValue = "5",
            description = "Measured compilations of each sample (default: ${DEFAULT-VALUE}).")
    private int compileRepeat;

    @Option(names = "--benchmarks-md", paramLabel = "FILE",
            description = "Where to write the table (default: BENCHMARKS.md beside the samples directory).")
    private Path benchmarksMd;

    @Option(names = "--no-write", description = "Print only; leave BENCHMARKS.md as it is.")
    private boolean noWrite;

    @Override
    public Integer call() {
        GraphSuite.Options options = graphOptions.check(spec);
        try {
            io.nereid.datagen.Tpch.checkScaleFactor(tpchScaleFactor);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--tpch-sf: " + e.getMessage());
        }
        if (compileWarmup < 0 || compileRepeat < 1) {
            throw new ParameterException(spec.commandLine(), "--compile-warmup must be >= 0 and --compile-repeat >= 1");
        }
        SampleFiles samples = graphOptions.samples(spec);
        List<GraphWorkload> workloads = graphOptions.workloads(spec, List.of(GraphWorkload.values()));
        List<Part> parts = only == null || only.isEmpty() ? List.of(Part.values()) : only;
        Report report = new Report(spec.commandLine().getOut(), spec.commandLine().getErr(), "nq bench peers");
        String header = MachineInfo.header("nq bench peers", options.warmup(), options.repeat());
        report.line(header);
        List<String> notes = new ArrayList<>();
        if (parts.contains(Part.graph)) {
            GraphData graph = GraphSuite.graph(options, report);
            GraphSuite.run(workloads, graph, samples, options, report);
        }
        if (parts.contains(Part.tpch)) {
            TpchBench.run(samples, tpchScaleFactor, options, report, notes);
        }
        if (parts.contains(Part.compile)) {
            compileAll(samples, report);
        }
        if (!noWrite) {
            write(samples, header, report, notes);
        }
        return report.exitCode();
    }

    private void compileAll(SampleFiles samples, Report report) {
        List<Path> programs;
        try (Stream<Path> files = Files.walk(samples.dir(), 2)) {
            programs = files.filter(p -> p.toString().endsWith(".nq")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the samples in " + samples.dir(), e);
        }
        for (Path p : programs) {
            String name = samples.dir().relativize(p).toString().replace('\\', '/');
            double[] ms = CompileLatency.millis(p, Map.of(), compileWarmup, compileRepeat);
            long lines = NereidProgram.read(p).lineCount();
            report.line(String.format(Locale.ROOT, "compile %s (%d lines): median %.1f ms (best %.1f ms)", name, lines,
                    CompileLatency.median(ms), Repeats.least(ms).best()));
            report.result(CompileLatency.result("compile", programName(p), lines, ms,
                    name.equals(GraphWorkload.PAGERANK.sample()) ? RunBenchCommand.COMPILE_GOAL_MS : null));
        }
    }

    /** {@code pagerank} for {@code pagerank/pagerank.nq}, {@code tpch-q1} for {@code tpch/q1.nq}. */
    static String programName(Path file) {
        String stem = file.getFileName().toString().replaceFirst("\\.nq$", "");
        Path parent = file.getParent();
        String dir = parent == null || parent.getFileName() == null ? stem : parent.getFileName().toString();
        return dir.equals(stem) ? stem : dir + "-" + stem;
    }

    private void write(SampleFiles samples, String header, Report report, List<String> notes) {
        Path md = benchmarksMd != null ? benchmarksMd : samples.checkout().resolve("BENCHMARKS.md");
        String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
        String command = "./nq bench " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        String machine = header.substring(header.indexOf(':') + 2);
        List<String> allNotes = new ArrayList<>(notes);
        report.failures().forEach(f -> allNotes.add("Wrong answer (no figure): " + f));
        try {
            BenchmarksMd.write(md, SECTION, BenchmarksMd.section(SECTION, "Against peers (issue 6, `nq bench peers`)",
                    machine, date, command, report.results(), allNotes));
            report.line("wrote the table into " + md);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + md, e);
        }
    }
}
