package io.nereid.bench;

import java.util.Arrays;

/**
 * The typical cost of one step of a long run: the median, over consecutive windows of a fixed
 * number of steps, of the window's time divided by its steps. Unlike the mean over the whole run,
 * it is not moved by the moments when the operating system runs other work, which on a shared
 * machine can take most of a run.
 */
final class Windows {
    private Windows() {}

    /**
     * The median per-step time, in the unit of {@code stamps}, where {@code stamps[k]} is the time
     * after {@code k * steps} steps; NaN with fewer than two stamps.
     */
    static double medianPerStep(long[] stamps, int count, int steps) {
        if (count < 2) {
            return Double.NaN;
        }
        double[] perStep = new double[count - 1];
        for (int k = 0; k + 1 < count; k++) {
            perStep[k] = (stamps[k + 1] - stamps[k]) / (double) steps;
        }
        Arrays.sort(perStep);
        int n = perStep.length;
        return n % 2 == 1 ? perStep[n / 2] : (perStep[n / 2 - 1] + perStep[n / 2]) / 2;
    }
}
