package io.nereid.bench.profile;

import io.nereid.bench.DuckDbQuery;
import io.nereid.bench.GraphData;
import io.nereid.bench.GraphWorkload;
import io.nereid.bench.Main;
import io.nereid.bench.SampleFiles;
import io.nereid.datagen.Rmat;
import io.nereid.datagen.Tpch;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code nq bench profile}: runs workloads under JFR and keeps each profile as a flame graph
 * ({@code NAME.svg}) and its folded stacks ({@code NAME.folded}). Everything is prepared first
 * (graph, tables, compiled program, warm-up runs); only the measured runs are recorded.
 */
@Command(
        name = "profile",
        mixinStandardHelpOptions = true,
        description = {
            "Profile NQ programs with JFR and write flame graphs (SVG) and folded stacks.",
            "",
            "Workloads: pagerank, cc, reach, sssp (the samples on one R-MAT graph, each",
            "answer checked against the hand-written loop's) and tpch-q1, -q3, -q5, -q6,",
            "-q9, -q18 (samples/tpch on generated .tbl files, the row count checked",
            "against DuckDB's). JFR (settings 'profile') records only the measured runs,",
            "after the warm-up. For samples in inlined code charged to the right method,",
            "start the JVM with NQ_JAVA_OPTS=\"-Xss8m -XX:+UnlockDiagnosticVMOptions",
            "-XX:+DebugNonSafepoints\".",
        },
        footer = {"", "Example: nq bench profile --workloads pagerank --scale 18 --workers 1"})
public final class ProfileBenchCommand implements Callable<Integer> {
    private static final List<String> GRAPH = List.of("pagerank", "cc", "reach", "sssp");

    @Spec
    private CommandSpec spec;

    @Option(names = "--workloads", paramLabel = "NAME", split = ",", defaultValue = "pagerank,cc,reach",
            description = "What to profile: pagerank, cc, reach, sssp, tpch-q1 ... tpch-q18 (default: ${DEFAULT-VALUE}).")
    private List<String> workloads;

    @Option(names = "--scale", paramLabel = "S", defaultValue = "18",
            description = "R-MAT scale of the graph workloads (default: ${DEFAULT-VALUE}).")
    private int scale;

    @Option(names = "--edge-factor", paramLabel = "F", defaultValue = "16", description = "R-MAT edge factor (default: ${DEFAULT-VALUE}).")
    private int edgeFactor;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "R-MAT seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--tpch-sf", paramLabel = "F", defaultValue = "0.1",
            description = "TPC-H scale factor of the tpch-* workloads (default: ${DEFAULT-VALUE}).")
    private double tpchSf;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "1", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    private int workers;

    @Option(names = "--warmup", paramLabel = "W", defaultValue = "1",
            description = "Runs before the recording starts (default: ${DEFAULT-VALUE}).")
    private int warmup;

    @Option(names = "--repeat", paramLabel = "R", defaultValue = "3",
            description = "Recorded runs, at least (default: ${DEFAULT-VALUE}).")
    private int repeat;

    @Option(names = "--min-seconds", paramLabel = "T", defaultValue = "0",
            description = "Keep recording more runs until this many seconds have passed (default: ${DEFAULT-VALUE}).")
    private double minSeconds;

    @Option(names = "--period-ms", paramLabel = "MS", defaultValue = "10",
            description = "CPU sampling period of JFR (jdk.ExecutionSample), in ms (default: ${DEFAULT-VALUE}, as in 'profile').")
    private int periodMs;

    @Option(names = "--threads", paramLabel = "PREFIX", defaultValue = "",
            description = "Only the threads whose name starts with this, e.g. nereid-worker- (default: every thread).")
    private String threads;

    @Option(names = "--min-percent", paramLabel = "P", defaultValue = "0.2",
            description = "Leave frames under this share of all samples out of the image (default: ${DEFAULT-VALUE}).")
    private double minPercent;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where the .svg and .folded files go (default: docs/profiles of the checkout).")
    private Path out;

    @Option(names = "--keep-jfr", description = "Keep the JFR recording (NAME.jfr) next to the images.")
    private boolean keepJfr;

    @Option(names = "--samples", paramLabel = "DIR",
            description = "The samples directory (default: found from the working directory upwards).")
    private Path samplesDir;

    @Override
    public Integer call() throws IOException {
        check();
        SampleFiles samples;
        try {
            samples = SampleFiles.locate(samplesDir);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Path dir = out != null ? out : samples.checkout().resolve("docs").resolve("profiles");
        PrintWriter o = spec.commandLine().getOut();
        o.println("nq bench profile: " + MachineLine.describe());
        if (!SampleAttribution.precise()) {
            o.println("note: without -XX:+DebugNonSafepoints, JFR may charge samples in inlined code to a neighbouring "
                    + "method; for precise graphs run with NQ_JAVA_OPTS=\"-Xss8m " + SampleAttribution.JVM_OPTIONS + "\"");
        }
        o.flush();
        List<ProfileTarget> targets = new ArrayList<>();
        Path tables = null;
        int code = Main.EXIT_OK;
        try {
            GraphData graph = null;
            for (String name : workloads) {
                if (GRAPH.contains(name)) {
                    if (graph == null) {
                        graph = GraphData.generate(scale, edgeFactor, seed);
                        o.println("graph: " + graph);
                    }
                    GraphWorkload w = GraphWorkload.valueOf(name.toUpperCase(Locale.ROOT));
                    targets.add(ProfileTargets.graph(w, graph, samples.require(w.sample()), workers));
                } else {
                    DuckDbQuery q = DuckDbQuery.valueOf(name.substring("tpch-".length()).toUpperCase(Locale.ROOT));
                    if (tables == null) {
                        tables = Files.createTempDirectory("nereid-profile-tpch-");
                        Tpch.generate(tpchSf, tables);
                        o.println("tpch: scale factor " + sf() + " generated");
                    }
                    targets.add(ProfileTargets.tpch(q, samples.require("tpch/" + name.substring(5) + ".nq"), tables,
                            sf(), workers));
                }
                o.flush();
            }
            for (ProfileTarget t : targets) {
                if (!profile(t, dir, o)) {
                    code = Main.EXIT_USAGE;
                }
            }
        } finally {
            if (tables != null) {
                deleteTree(tables);
            }
        }
        return code;
    }

    /** Profiles {@code t}; false (with a message on the error stream) when the recording held no sample to draw. */
    private boolean profile(ProfileTarget t, Path dir, PrintWriter o) throws IOException {
        for (int i = 0; i < warmup; i++) {
            t.run().run();
        }
        Files.createDirectories(dir);
        Path jfr = keepJfr ? dir.resolve(t.name() + ".jfr") : Files.createTempFile("nereid-profile-", ".jfr");
        int[] runs = {0};
        long[] nanos = {0};
        try {
            JfrRecorder.record(() -> {
                long begin = System.nanoTime();
                while (runs[0] < repeat || System.nanoTime() - begin < minSeconds * 1e9) {
                    t.run().run();
                    runs[0]++;
                }
                nanos[0] = System.nanoTime() - begin;
            }, Duration.ofMillis(periodMs), jfr);
            JfrStacks.Read read = JfrStacks.read(jfr, threads);
            JfrGcPauses gc = JfrGcPauses.read(jfr);
            List<String> notes = List.of(
                    String.format(Locale.ROOT, "%d recorded runs in %.2f s after %d warm-up; JFR '%s', CPU sample every %d ms; "
                            + "%,d samples of %s; %d GCs paused %.2f s", runs[0], nanos[0] / 1e9, warmup,
                            JfrRecorder.SETTINGS, periodMs, read.stacks().total(),
                            threads.isEmpty() ? "every thread" : "threads '" + threads + "*'", gc.collections(),
                            gc.paused().toNanos() / 1e9),
                    String.format(Locale.ROOT, "%s; %s; frames under %s%% of the samples left out; %s",
                            MachineLine.describe(), SampleAttribution.describe(), trim(minPercent), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                                    .format(ZonedDateTime.now(ZoneOffset.UTC))));
            FlameGraphFiles.Written w = FlameGraphFiles.write(dir, t.name(), read.stacks(), minPercent / 100,
                    "nq bench profile: " + t.description(), notes);
            o.printf(Locale.ROOT, "%s: %d runs in %.2f s, %,d samples (%,d stacks cut at JFR's depth), %d GCs paused "
                    + "%.2f s, %d frames drawn (%d left out); wrote %s (%,d bytes) and %s%n", t.name(), runs[0],
                    nanos[0] / 1e9, read.stacks().total(), read.truncated(), gc.collections(), gc.paused().toNanos() / 1e9,
                    w.layout().frames().size(), w.layout().pruned(), w.svg(),
                    Files.size(w.svg()), w.folded().getFileName());
            o.flush();
            return true;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("nq bench profile: " + t.name() + ": " + e.getMessage());
            spec.commandLine().getErr().flush();
            return false;
        } finally {
            if (!keepJfr) {
                Files.deleteIfExists(jfr);
            }
        }
    }

    private void check() {
        List<String> known = new ArrayList<>(GRAPH);
        for (DuckDbQuery q : DuckDbQuery.values()) {
            known.add("tpch-" + q.name().toLowerCase(Locale.ROOT));
        }
        for (String name : workloads) {
            if (!known.contains(name)) {
                throw usage("--workloads: no workload '" + name + "'; choose from " + known);
            }
        }
        if (scale < 1 || scale > Rmat.MAX_SCALE) {
            throw usage("--scale must be between 1 and " + Rmat.MAX_SCALE + ", was " + scale);
        }
        try {
            Rmat.edgeCount(scale, edgeFactor);
        } catch (IllegalArgumentException e) {
            throw usage("--edge-factor: " + e.getMessage());
        }
        if (!(tpchSf >= Tpch.MIN_SCALE_FACTOR)) {
            throw usage("--tpch-sf must be at least " + Tpch.MIN_SCALE_FACTOR + ", was " + tpchSf);
        }
        if (workers < 1) {
            throw usage("--workers must be at least 1, was " + workers);
        }
        if (warmup < 0 || repeat < 1 || !(minSeconds >= 0)) {
            throw usage("--warmup must be >= 0, --repeat >= 1 and --min-seconds >= 0");
        }
        if (periodMs < 1) {
            throw usage("--period-ms must be at least 1, was " + periodMs);
        }
        if (!(minPercent >= 0 && minPercent < 100)) {
            throw usage("--min-percent must be in [0, 100), was " + minPercent);
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private String sf() {
        return trim(tpchSf);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException ignored) {
            // a leftover temporary directory is not worth failing the profile for
        }
    }
}
