package io.nereid.bench;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The reference for the progress round trip: two threads hand a turn back and forth through one
 * shared counter, spinning while they wait (one round trip per iteration). This is about the
 * least a round of coordination between two threads can cost.
 */
public final class PingPong {
    private PingPong() {}

    /** Round trips per window for {@link Outcome#typicalNanosPerRound()}. */
    public static final int WINDOW = 100;

    /**
     * What one run measured.
     *
     * @param nanos the time of all round trips
     * @param rounds how many there were
     * @param typicalNanosPerRound the median over windows of {@link #WINDOW} round trips of the
     *     time per round trip (see {@link Windows})
     */
    public record Outcome(long nanos, int rounds, double typicalNanosPerRound) {
        /** Microseconds per round trip, on average over the run. */
        public double microsPerRound() {
            return nanos / 1e3 / rounds;
        }
    }

    /** Plays {@code rounds} round trips. */
    public static Outcome run(int rounds) {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be >= 1, was " + rounds);
        }
        AtomicLong turn = new AtomicLong();
        long target = 2L * rounds;
        Thread pong = new Thread(() -> {
            for (long t = 1; t < target; t += 2) {
                awaitValue(turn, t);
                turn.lazySet(t + 1);
            }
        }, "pong");
        pong.setDaemon(true);
        pong.start();
        long[] stamps = new long[rounds / WINDOW + 1];
        long begin = System.nanoTime();
        for (long t = 0; t < target; t += 2) {
            awaitValue(turn, t);
            long round = t / 2;
            if (round % WINDOW == 0) {
                stamps[(int) (round / WINDOW)] = System.nanoTime();
            }
            turn.lazySet(t + 1);
        }
        awaitValue(turn, target);
        long nanos = System.nanoTime() - begin;
        try {
            pong.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return new Outcome(nanos, rounds, Windows.medianPerStep(stamps, (rounds - 1) / WINDOW + 1, WINDOW));
    }

    private static void awaitValue(AtomicLong turn, long value) {
        int spins = 0;
        while (turn.get() != value) {
            if (++spins < 1 << 12) {
                Thread.onSpinWait();
            } else {
                Thread.yield(); // the other thread may not be running (a shared 2-core machine)
                spins = 0;
            }
        }
    }
}
