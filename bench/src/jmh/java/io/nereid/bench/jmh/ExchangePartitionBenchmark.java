package io.nereid.bench.jmh;

import io.nereid.runtime.data.LongBatch;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The exchange's partition step: one batch of 4096 {@code long} records routed by the hash of
 * their value ({@link LongBatch#BY_VALUE}) into one batch per destination worker. Nanoseconds per
 * record.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ExchangePartitionBenchmark {
    static final int BATCH = 4096;

    @Param({"2", "16"})
    public int workers;

    private LongBatch in;
    private LongBatch[] out;

    @Setup
    public void setUp() {
        in = new LongBatch();
        for (int i = 0; i < BATCH; i++) {
            in.add(i * 0x9E3779B97F4A7C15L);
        }
        out = new LongBatch[workers];
        for (int w = 0; w < workers; w++) {
            out[w] = new LongBatch();
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int partition() {
        for (LongBatch b : out) {
            b.clear();
        }
        LongBatch.BY_VALUE.partition(in, out);
        return out[0].size();
    }
}
