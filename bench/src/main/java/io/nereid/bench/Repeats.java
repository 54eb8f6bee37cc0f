package io.nereid.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * Runs a measurement a few times after warm-up runs, with a garbage collection before each run,
 * and summarizes one figure of the measured runs: the best (least) and the median.
 */
public final class Repeats {
    private Repeats() {}

    /** Runs {@code body} {@code warmup} times (discarded), then {@code repeat} times; returns those. */
    public static <T> List<T> run(int warmup, int repeat, Supplier<T> body) {
        Objects.requireNonNull(body, "body");
        if (warmup < 0 || repeat < 1) {
            throw new IllegalArgumentException("need warmup >= 0 and repeat >= 1, got " + warmup + " and " + repeat);
        }
        for (int i = 0; i < warmup; i++) {
            System.gc();
            body.get();
        }
        List<T> measured = new ArrayList<>(repeat);
        for (int i = 0; i < repeat; i++) {
            System.gc();
            measured.add(body.get());
        }
        return measured;
    }

    /** The least and the median of a figure where less is better (a time). */
    public record Summary(double best, double median) {}

    /** Summarizes {@code figure} over {@code runs}; less is better. */
    public static <T> Summary least(List<T> runs, ToDoubleFunction<T> figure) {
        double[] v = runs.stream().mapToDouble(figure).sorted().toArray();
        return new Summary(v[0], median(v));
    }

    /** Summarizes {@code figure} over {@code runs}; more is better (a rate). */
    public static <T> Summary most(List<T> runs, ToDoubleFunction<T> figure) {
        double[] v = runs.stream().mapToDouble(figure).sorted().toArray();
        return new Summary(v[v.length - 1], median(v));
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
