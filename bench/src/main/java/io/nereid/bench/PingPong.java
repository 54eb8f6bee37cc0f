package io.nereid.bench;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The reference for the progress round trip: two threads hand a turn back and forth through one
 * shared counter, spinning while they wait (one round trip per iteration). This is about the
 * least a round of coordination between two threads can cost.
 */
public final class PingPong {
    private PingPong() {}

    /** Plays {@code rounds} round trips; returns the nanoseconds they took. */
    public static long run(int rounds) {
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
        long begin = System.nanoTime();
        for (long t = 0; t < target; t += 2) {
            awaitValue(turn, t);
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
        return nanos;
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
