package io.nereid.bench;

import java.util.concurrent.ArrayBlockingQueue;

/**
 * The reference for the exchange: a hand-written two-thread hand-off of the same batches. A
 * producer thread fills {@code long[batch]} arrays with consecutive values and passes them through
 * a bounded queue to a consumer thread that sums them and returns the arrays through a second
 * queue for reuse (no allocation per batch). Both threads spin instead of blocking.
 */
public final class BatchHandOff {
    private static final int IN_FLIGHT = 64;

    private BatchHandOff() {}

    /** What one run measured: records and the sum of their values received, and the time. */
    public record Outcome(long records, long sum, long nanos) {
        /** Records delivered per second. */
        public double recordsPerSecond() {
            return records * 1e9 / nanos;
        }
    }

    /** Hands {@code records} values (a positive multiple of {@code batch}) from one thread to another. */
    public static Outcome run(long records, int batch) {
        if (batch <= 0 || records <= 0 || records % batch != 0) {
            throw new IllegalArgumentException("records must be a positive multiple of the batch size " + batch
                    + ", was " + records);
        }
        long batches = records / batch;
        ArrayBlockingQueue<long[]> full = new ArrayBlockingQueue<>(IN_FLIGHT);
        ArrayBlockingQueue<long[]> free = new ArrayBlockingQueue<>(IN_FLIGHT);
        for (int i = 0; i < IN_FLIGHT; i++) {
            free.add(new long[batch]);
        }
        long[] received = new long[2];
        Thread consumer = new Thread(() -> {
            long count = 0;
            long sum = 0;
            for (long k = 0; k < batches; k++) {
                long[] a = take(full);
                long s = 0;
                for (long v : a) {
                    s += v;
                }
                sum += s;
                count += a.length;
                put(free, a);
            }
            received[0] = count;
            received[1] = sum;
        }, "hand-off consumer");
        consumer.setDaemon(true);
        long begin = System.nanoTime();
        consumer.start();
        long value = 0;
        for (long k = 0; k < batches; k++) {
            long[] a = take(free);
            for (int i = 0; i < a.length; i++) {
                a[i] = value++;
            }
            put(full, a);
        }
        try {
            consumer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return new Outcome(received[0], received[1], System.nanoTime() - begin);
    }

    private static long[] take(ArrayBlockingQueue<long[]> q) {
        long[] a;
        int spins = 0;
        while ((a = q.poll()) == null) {
            spins = backOff(spins);
        }
        return a;
    }

    private static void put(ArrayBlockingQueue<long[]> q, long[] a) {
        int spins = 0;
        while (!q.offer(a)) {
            spins = backOff(spins);
        }
    }

    private static int backOff(int spins) {
        if (spins < 1 << 12) {
            Thread.onSpinWait();
            return spins + 1;
        }
        Thread.yield(); // the other thread may not be running (a shared 2-core machine)
        return 0;
    }
}
