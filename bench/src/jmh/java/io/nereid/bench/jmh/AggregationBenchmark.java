package io.nereid.bench.jmh;

import java.util.Map;
import java.util.SplittableRandom;
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
 * The generated group-by on a {@code long} key (a primitive map per worker, with the combiner
 * before the exchange): 1,000,000 rows into {@code groups} groups, a sum and a count per group,
 * then one global sum so that collecting the output costs nothing. Nanoseconds per input row, on
 * one worker.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AggregationBenchmark {
    static final int ROWS = 1_000_000;

    @Param({"1000", "100000"})
    public int groups;

    private ProgramFixture program;
    private Map<String, long[][]> inputs;
    private long expected;

    @Setup
    public void setUp() {
        program = new ProgramFixture("aggregate.nq", """
                input rows : (k: long, v: long);
                let sums = from r in rows group r.v by r.k into g select (k: g.key, s: sum(g), n: count(g));
                let total = from x in sums group x.s + x.n by 1 into g select (n: count(g), s: sum(g));
                output total;
                """);
        SplittableRandom r = new SplittableRandom(7);
        long[] k = new long[ROWS];
        long[] v = new long[ROWS];
        long sum = 0;
        for (int i = 0; i < ROWS; i++) {
            k[i] = r.nextInt(groups);
            v[i] = r.nextInt(1000);
            sum += v[i] + 1;
        }
        expected = sum;
        inputs = Map.of("rows", new long[][] {k, v});
        long got = aggregate();
        if (got != expected) {
            throw new IllegalStateException("the group-by summed to " + got + ", a loop to " + expected);
        }
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public long aggregate() {
        Object[] row = program.run(inputs).rows().get(0);
        return ((Number) row[1]).longValue();
    }
}
