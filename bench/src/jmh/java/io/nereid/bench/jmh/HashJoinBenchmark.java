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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The generated hash join: 1,000,000 probe rows against 100,000 build rows with unique keys
 * (every probe row finds one match), on one worker, summed into one row so that collecting the
 * output costs nothing. The figure is nanoseconds per probe row, the dataflow around the join
 * (feeding the rows, the exchange of one worker, the final sum) included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HashJoinBenchmark {
    static final int PROBE = 1_000_000;
    static final int BUILD = 100_000;

    private ProgramFixture program;
    private Map<String, long[][]> inputs;
    private long expected;

    @Setup
    public void setUp() {
        program = new ProgramFixture("join.nq", """
                input probe : (k: long, v: long);
                input build : (k: long, w: long);
                let joined = from p in probe join b in build on p.k equals b.k select (s: p.v + b.w);
                let total = from j in joined group j.s by 1 into g select (n: count(g), s: sum(g));
                output total;
                """);
        SplittableRandom r = new SplittableRandom(42);
        long[] pk = new long[PROBE];
        long[] pv = new long[PROBE];
        for (int i = 0; i < PROBE; i++) {
            pk[i] = r.nextInt(BUILD);
            pv[i] = i;
        }
        long[] bk = new long[BUILD];
        long[] bw = new long[BUILD];
        for (int i = 0; i < BUILD; i++) {
            bk[i] = i;
            bw[i] = 2L * i;
        }
        long sum = 0;
        for (int i = 0; i < PROBE; i++) {
            sum += pv[i] + bw[(int) pk[i]];
        }
        expected = sum;
        inputs = Map.of("probe", new long[][] {pk, pv}, "build", new long[][] {bk, bw});
        check(probe());
    }

    @Benchmark
    @OperationsPerInvocation(PROBE)
    public long probe() {
        Object[] row = program.run(inputs).rows().get(0);
        return ((Number) row[1]).longValue();
    }

    private void check(long sum) {
        if (sum != expected) {
            throw new IllegalStateException("the join summed to " + sum + ", a loop to " + expected);
        }
    }
}
