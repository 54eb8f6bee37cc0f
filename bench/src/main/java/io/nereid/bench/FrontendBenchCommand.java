package io.nereid.bench;

import io.nereid.compiler.Frontend;
import io.nereid.compiler.diag.SourceFile;
import io.nereid.compiler.parse.NqParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code nq bench frontend}: parse + analyze + optimize of a 54-line NQ program (the language
 * sketch of DESIGN.md: inputs, lets, joins, group-bys, three loops, a param), warm. The goal is
 * absolute (at most 50 ms); parsing alone is timed in the same run to show where the time goes.
 */
@Command(name = "frontend", mixinStandardHelpOptions = true,
        description = "Time parse + analyze + optimize of a 54-line NQ program, warm.")
final class FrontendBenchCommand implements Callable<Integer> {
    private static final double GOAL_MS = 50;

    @Spec
    private CommandSpec spec;

    @Option(names = "--warmup", paramLabel = "W", defaultValue = "200",
            description = "Unmeasured compilations first (default: ${DEFAULT-VALUE}).")
    private int warmup;

    @Option(names = "--repeat", paramLabel = "R", defaultValue = "200",
            description = "Measured compilations (default: ${DEFAULT-VALUE}).")
    private int repeat;

    @Override
    public Integer call() {
        if (warmup < 0 || repeat < 1) {
            throw new ParameterException(spec.commandLine(), "--warmup must be >= 0 and --repeat >= 1");
        }
        String text = program();
        long lines = text.lines().count();
        for (int i = 0; i < warmup; i++) {
            Frontend.compile("design_sketch.nq", text);
            NqParser.parse(new SourceFile("design_sketch.nq", text));
        }
        double[] full = new double[repeat];
        double[] parse = new double[repeat];
        for (int i = 0; i < repeat; i++) { // interleaved, so that load changes hit both
            long t0 = System.nanoTime();
            Frontend.compile("design_sketch.nq", text);
            long t1 = System.nanoTime();
            NqParser.parse(new SourceFile("design_sketch.nq", text));
            long t2 = System.nanoTime();
            full[i] = (t1 - t0) / 1e6;
            parse[i] = (t2 - t1) / 1e6;
        }
        double median = median(full);
        double parseMedian = median(parse);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("front end, %d-line program, warm: median %.2f ms (best %.2f ms) for parse + analyze + optimize; "
                + "parse alone %.2f ms%n", lines, median, min(full), parseMedian);
        out.println(ResultLine.of("frontend")
                .with("lines", lines)
                .with("ms", median, 3)
                .with("parse_ms", parseMedian, 3)
                .with("parse_share", parseMedian / median, 2)
                .with("goal_ms", (long) GOAL_MS)
                .with("goal_met", median <= GOAL_MS));
        out.flush();
        return Main.EXIT_OK;
    }

    private static String program() {
        try (InputStream in = FrontendBenchCommand.class.getResourceAsStream("/frontend/design_sketch.nq")) {
            if (in == null) {
                throw new IllegalStateException("the benchmark program is missing from the bench jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }
}
