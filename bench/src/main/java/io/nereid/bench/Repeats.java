package io.nereid.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * Runs measurements a few times after warm-up runs and summarizes each: the best and the median.
 *
 * <p>The measurements of one comparison (the runtime and its reference) are interleaved, round
 * after round, with a garbage collection before each run, so that a change of load on a shared
 * machine hits both sides alike rather than one of them.
 */
public final class Repeats {
    private Repeats() {}

    /**
     * Runs every body {@code warmup} times (discarded), then {@code repeat} times, interleaved: round
     * {@code r} runs body 0, body 1, ... once each. Returns {@code figures[body][run]}.
     */
    public static double[][] interleaved(int warmup, int repeat, List<DoubleSupplier> bodies) {
        Objects.requireNonNull(bodies, "bodies");
        List<Supplier<double[]>> many = bodies.stream().<Supplier<double[]>>map(b -> () -> new double[] {b.getAsDouble()})
                .toList();
        double[][][] figures = interleavedFigures(warmup, repeat, many);
        double[][] single = new double[figures.length][];
        for (int b = 0; b < figures.length; b++) {
            single[b] = figures[b][0];
        }
        return single;
    }

    /**
     * Like {@link #interleaved}, for bodies that measure several figures per run (always as many):
     * returns {@code figures[body][figure][run]}.
     */
    public static double[][][] interleavedFigures(int warmup, int repeat, List<Supplier<double[]>> bodies) {
        Objects.requireNonNull(bodies, "bodies");
        if (warmup < 0 || repeat < 1) {
            throw new IllegalArgumentException("need warmup >= 0 and repeat >= 1, got " + warmup + " and " + repeat);
        }
        for (int i = 0; i < warmup; i++) {
            for (Supplier<double[]> body : bodies) {
                System.gc();
                body.get();
            }
        }
        double[][][] figures = new double[bodies.size()][][];
        for (int i = 0; i < repeat; i++) {
            for (int b = 0; b < bodies.size(); b++) {
                System.gc();
                double[] measured = bodies.get(b).get();
                if (figures[b] == null) {
                    figures[b] = new double[measured.length][repeat];
                }
                for (int f = 0; f < measured.length; f++) {
                    figures[b][f][i] = measured[f];
                }
            }
        }
        return figures;
    }

    /** The best and the median of one figure over the measured runs. */
    public record Summary(double best, double median) {}

    /** Summarizes a figure where less is better (a time). */
    public static Summary least(double[] figures) {
        double[] v = sorted(figures);
        return new Summary(v[0], median(v));
    }

    /** Summarizes a figure where more is better (a rate). */
    public static Summary most(double[] figures) {
        double[] v = sorted(figures);
        return new Summary(v[v.length - 1], median(v));
    }

    /**
     * The median over rounds of {@code a[r] / b[r]}: the ratio of two interleaved measurements
     * taken side by side, under the same load, round by round.
     */
    public static double medianRatio(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("need as many figures on both sides, got " + a.length + " and " + b.length);
        }
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i] / b[i];
        }
        double[] v = sorted(r);
        return median(v);
    }

    private static double[] sorted(double[] figures) {
        if (figures.length == 0) {
            throw new IllegalArgumentException("no figures to summarize");
        }
        double[] v = figures.clone();
        Arrays.sort(v);
        return v;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
