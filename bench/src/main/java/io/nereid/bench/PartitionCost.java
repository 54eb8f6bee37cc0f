package io.nereid.bench;

import io.nereid.runtime.data.Hashing;
import io.nereid.runtime.data.LongBatch;
import io.nereid.runtime.data.Partitioner;

/**
 * Where the exchange's time goes: the cost per record, on one thread, of the partition step alone.
 * The runtime's step is measured as it runs in an exchange (a {@link Partitioner} appending to
 * {@link LongBatch}es). It is set next to a partition loop over raw arrays, written the way a
 * hand-tuned exchange would be: the destination from the high half of a product instead of a
 * modulo, and appends into plain {@code long[]} buffers whose sizes sit in an {@code int[]}.
 * Both use the same hash ({@link Hashing#mix}), so the difference is the loop, not the hash.
 */
public final class PartitionCost {
    private PartitionCost() {}

    /** Nanoseconds per record of partitioning with {@code partitioner} into {@code workers} batches. */
    public static double runtimeNanosPerRecord(Partitioner<LongBatch> partitioner, int workers, int batch, int rounds) {
        LongBatch in = new LongBatch();
        for (int i = 0; i < batch; i++) {
            in.add(i * 0x9E3779B97F4A7C15L);
        }
        LongBatch[] out = new LongBatch[workers];
        for (int w = 0; w < workers; w++) {
            out[w] = new LongBatch();
        }
        long check = 0;
        long begin = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (LongBatch b : out) {
                b.clear();
            }
            partitioner.partition(in, out);
            check += out[0].size();
        }
        long nanos = System.nanoTime() - begin;
        return result(nanos, batch, rounds, check);
    }

    /** Nanoseconds per record of the raw-array partition loop into {@code workers} buffers. */
    public static double rawNanosPerRecord(int workers, int batch, int rounds) {
        long[] in = new long[batch];
        for (int i = 0; i < batch; i++) {
            in[i] = i * 0x9E3779B97F4A7C15L;
        }
        long[][] out = new long[workers][batch];
        int[] size = new int[workers];
        long check = 0;
        long begin = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            java.util.Arrays.fill(size, 0);
            for (int i = 0; i < batch; i++) {
                long v = in[i];
                int d = (int) (((Hashing.mix(v) >>> 32) * workers) >>> 32);
                out[d][size[d]++] = v;
            }
            check += size[0];
        }
        long nanos = System.nanoTime() - begin;
        return result(nanos, batch, rounds, check);
    }

    private static double result(long nanos, int batch, int rounds, long check) {
        if (check < 0) {
            throw new IllegalStateException("impossible count " + check); // keeps the loop's work alive
        }
        return nanos / ((double) batch * rounds);
    }
}
