package io.nereid.bench;

import io.nereid.compiler.diag.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How long NQ source takes to become a runnable program, warm: front end, physical planning, code
 * generation, javac in memory, class loading and instantiation, as {@code nq run} does them, but
 * bypassing the compiled-class cache so that javac really runs every time. The JVM is warmed by
 * compiling first; the figure is the median of the measured compilations.
 */
public final class CompileLatency {
    private CompileLatency() {}

    /** The milliseconds of each measured compilation of {@code file}. */
    public static double[] millis(Path file, Map<String, String> params, int warmup, int repeat) {
        Objects.requireNonNull(params, "params");
        if (warmup < 0 || repeat < 1) {
            throw new IllegalArgumentException("need warmup >= 0 and repeat >= 1, got " + warmup + " and " + repeat);
        }
        SourceFile source = NereidProgram.read(file);
        for (int i = 0; i < warmup; i++) {
            NereidProgram.compileUncached(source, params);
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < repeat; i++) {
            long begin = System.nanoTime();
            NereidProgram.compileUncached(source, params);
            times.add((System.nanoTime() - begin) / 1e6);
        }
        return times.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The RESULT line of one program's compile latency; the goal applies to pagerank.nq. */
    static ResultLine result(String name, String program, long lines, double[] millis, Double goalMs) {
        double median = median(millis);
        ResultLine r = ResultLine.of(name).with("program", program).with("lines", lines).with("ms", median, 1)
                .with("best_ms", Repeats.least(millis).best(), 1).with("runs", millis.length);
        return goalMs == null ? r : r.with("goal_ms", goalMs, 0).with("goal_met", median <= goalMs);
    }

    static double median(double[] millis) {
        return Repeats.least(millis).median();
    }
}
