package io.nereid.bench;

import io.nereid.runtime.data.Batch;
import io.nereid.runtime.data.LongBatch;
import io.nereid.runtime.data.Partitioner;
import io.nereid.runtime.comm.LongBatchCodec;
import io.nereid.runtime.exec.Cluster;
import io.nereid.runtime.exec.Computation;
import io.nereid.runtime.exec.Config;
import io.nereid.runtime.exec.InputHandle;
import io.nereid.runtime.graph.Dataflow;
import io.nereid.runtime.graph.Feedback;
import io.nereid.runtime.graph.Input;
import io.nereid.runtime.graph.Loop;
import io.nereid.runtime.graph.Output;
import io.nereid.runtime.graph.Pact;
import io.nereid.runtime.graph.StageBuilder;
import io.nereid.runtime.graph.Stream;
import io.nereid.runtime.graph.Vertex;
import io.nereid.runtime.graph.VertexContext;
import io.nereid.runtime.time.Timestamp;
import java.util.List;

/**
 * Exchange throughput of the runtime: every worker produces 8-byte records ({@link LongBatch}) and
 * an exchange edge routes each record, by the hash of its value, to a counting vertex on its
 * worker, so about half of each worker's records cross to the other workers (all-to-all).
 *
 * <p>The producers run inside a loop so that production is paced by the workers themselves: at
 * each iteration a producer emits one round of batches and sends a token around the feedback
 * to trigger the next round; the exchange and the counting run within the same iterations.
 */
public final class ExchangeThroughput {
    /** Records per produced batch (the runtime's default exchange batch as well). */
    public static final int BATCH = 4096;
    /** Batches each producer emits per loop iteration. */
    static final int BATCHES_PER_ROUND = 16;
    private static final int STRIDE = 16; // longs between two workers' counters (no false sharing)

    private ExchangeThroughput() {}

    /**
     * What one run measured.
     *
     * @param records records received by the counting vertices, over all workers
     * @param sum the sum of their values (checks that each record arrived once)
     * @param nanos from the start of the computation until it completed
     */
    public record Outcome(long records, long sum, long nanos) {
        /** Records delivered per second. */
        public double recordsPerSecond() {
            return records * 1e9 / nanos;
        }
    }

    /** The sum of the values all producers send: {@code 0 .. workers * perWorker - 1}. */
    public static long expectedSum(int workers, long perWorker) {
        long n = workers * perWorker;
        return n * (n - 1) / 2;
    }

    /**
     * Each of {@code workers} workers sends {@code perWorker} records (a positive multiple of
     * {@link #BATCH}) through an exchange with {@code partitioner}.
     */
    public static Outcome run(int workers, long perWorker, Partitioner<LongBatch> partitioner) {
        return run(Cluster.single(Config.workers(workers)), perWorker, partitioner);
    }

    /**
     * The same on this process's part of a cluster (every process runs it): the outcome counts
     * what this process's workers received.
     */
    public static Outcome run(Cluster cluster, long perWorker, Partitioner<LongBatch> partitioner) {
        int workers = cluster.config().totalWorkers();
        if (perWorker <= 0 || perWorker % BATCH != 0) {
            throw new IllegalArgumentException("records per worker must be a positive multiple of " + BATCH
                    + ", was " + perWorker);
        }
        long perRound = (long) BATCH * BATCHES_PER_ROUND;
        int rounds = Math.toIntExact((perWorker + perRound - 1) / perRound);
        Dataflow df = new Dataflow();
        Input<LongBatch> start = df.input("start", LongBatch.TYPE);
        Loop loop = df.loop("rounds");
        Feedback<LongBatch> again = loop.feedback(LongBatch.TYPE, rounds);
        StageBuilder produce = loop.stage("produce");
        produce.input(loop.enter(start.stream()), Pact.pipeline());
        produce.input(again.stream(), Pact.pipeline());
        Stream<LongBatch> token = produce.output(LongBatch.TYPE);
        Stream<LongBatch> data = produce.output(LongBatch.TYPE);
        produce.build(ctx -> new Producer(ctx, perWorker));
        again.connect(token);
        long[] counts = new long[workers * STRIDE];
        long[] sums = new long[workers * STRIDE];
        data.sink("count", Pact.exchange(partitioner), ctx -> new Vertex() {
            private final int slot = ctx.worker() * STRIDE;

            @Override
            public void onRecv(int input, Timestamp time, Batch batch) {
                LongBatch b = (LongBatch) batch;
                long[] v = b.array();
                long s = 0;
                for (int i = 0, n = b.size(); i < n; i++) {
                    s += v[i];
                }
                counts[slot] += b.size();
                sums[slot] += s;
            }
        });
        long begin = System.nanoTime();
        try (Computation c = cluster.start(df.build(), List.of(LongBatchCodec.INSTANCE))) {
            InputHandle<LongBatch> in = c.input(start);
            for (int w = 0; w < c.workers(); w++) {
                LongBatch go = in.newBatch();
                go.add(cluster.config().firstWorker() + w);
                in.sendTo(w, go);
            }
            in.close();
            c.join(); // joining the workers makes their counts visible here
        }
        long nanos = System.nanoTime() - begin;
        long records = 0;
        long sum = 0;
        for (int w = 0; w < workers; w++) {
            records += counts[w * STRIDE];
            sum += sums[w * STRIDE];
        }
        return new Outcome(records, sum, nanos);
    }

    /** Emits this worker's values {@code w * perWorker .. (w + 1) * perWorker - 1}, a round per iteration. */
    private static final class Producer implements Vertex {
        private final Output<LongBatch> token;
        private final Output<LongBatch> data;
        private long next;
        private final long end;

        Producer(VertexContext ctx, long perWorker) {
            this.token = ctx.output(0);
            this.data = ctx.output(1);
            this.next = ctx.worker() * perWorker;
            this.end = next + perWorker;
        }

        @Override
        public void onRecv(int input, Timestamp time, Batch batch) {
            for (int k = 0; k < BATCHES_PER_ROUND && next < end; k++) {
                LongBatch b = data.newBatch();
                for (int i = 0; i < BATCH; i++) {
                    b.add(next++);
                }
                data.send(time, b);
            }
            if (next < end) {
                LongBatch t = token.newBatch();
                t.add(next);
                token.send(time, t);
            }
        }
    }
}
