package io.nereid.bench;

import io.nereid.runtime.data.Batch;
import io.nereid.runtime.data.LongBatch;
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
import io.nereid.runtime.graph.Stream;
import io.nereid.runtime.graph.Vertex;
import io.nereid.runtime.graph.VertexContext;
import io.nereid.runtime.time.Timestamp;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The progress round trip of the runtime: an empty loop with one notification per iteration.
 *
 * <p>One stage in a loop has a vertex on every worker. Each vertex gets one token record; when a
 * token arrives at iteration {@code i} the vertex asks for a notification at {@code i}, and when
 * notified it sends the token around the feedback, to arrive at {@code i + 1}. A notification at
 * {@code i} needs every worker's token of iteration {@code i} to be consumed and that progress to
 * be seen by all workers, so each iteration is one global round of progress tracking, as in the
 * Naiad paper's notification microbenchmark. The feedback's bound ends the loop.
 */
public final class ProgressRoundTrip {
    private ProgressRoundTrip() {}

    /** Iterations per window for {@link Outcome#typicalMicrosPerIteration()}. */
    public static final int WINDOW = 100;

    /**
     * What one run measured.
     *
     * @param notifications notifications delivered, over all workers
     * @param nanos time from worker 0's first notification to its last
     * @param iterations iterations between those two notifications
     * @param typicalNanos the median over windows of {@link #WINDOW} iterations of the time per
     *     iteration (see {@link Windows})
     */
    public record Outcome(long notifications, long nanos, int iterations, double typicalNanos) {
        /** Microseconds per loop iteration, on average over the run. */
        public double microsPerIteration() {
            return nanos / 1e3 / iterations;
        }

        /** Microseconds per loop iteration in a typical window of the run. */
        public double typicalMicrosPerIteration() {
            return typicalNanos / 1e3;
        }
    }

    /** Runs {@code iterations} (at least 2) iterations of the loop on {@code workers} workers. */
    public static Outcome run(int workers, int iterations) {
        return run(Cluster.single(Config.workers(workers)), iterations);
    }

    /**
     * The same on this process's part of a cluster. Every process must run it; the clock is
     * worker 0's, so process 0's outcome has the times, and each process counts the
     * notifications of its own workers.
     */
    public static Outcome run(Cluster cluster, int iterations) {
        if (iterations < 2) {
            throw new IllegalArgumentException("iterations must be >= 2, was " + iterations);
        }
        Dataflow df = new Dataflow();
        Input<LongBatch> start = df.input("token", LongBatch.TYPE);
        Loop loop = df.loop("spin");
        Feedback<LongBatch> feedback = loop.feedback(LongBatch.TYPE, iterations);
        AtomicLong notifications = new AtomicLong();
        long[] clock = new long[iterations / WINDOW + 2]; // written by worker 0's vertex only, read after join
        Stream<LongBatch> body = loop.enter(start.stream()).binary("notify each iteration", Pact.pipeline(),
                feedback.stream(), Pact.pipeline(), LongBatch.TYPE,
                ctx -> new NotifyingVertex(ctx, notifications, ctx.worker() == 0 ? clock : null));
        feedback.connect(body);
        try (Computation c = cluster.start(df.build(), List.of(LongBatchCodec.INSTANCE))) {
            InputHandle<LongBatch> in = c.input(start);
            for (int w = 0; w < c.workers(); w++) {
                LongBatch token = in.newBatch();
                token.add(cluster.config().firstWorker() + w);
                in.sendTo(w, token);
            }
            in.close();
            c.join();
        }
        int windows = (iterations - 1) / WINDOW + 1; // stamps at notifications 0, WINDOW, 2 * WINDOW, ...
        long last = clock[clock.length - 1];
        return new Outcome(notifications.get(), last - clock[0], iterations - 1,
                Windows.medianPerStep(clock, windows, WINDOW));
    }

    /** Asks for a notification when the token arrives; when notified, sends it around again. */
    private static final class NotifyingVertex implements Vertex {
        private final VertexContext ctx;
        private final Output<LongBatch> out;
        private final AtomicLong notifications;
        private final long[] clock;
        private long token;
        private long delivered;

        NotifyingVertex(VertexContext ctx, AtomicLong notifications, long[] clock) {
            this.ctx = ctx;
            this.out = ctx.output(0);
            this.notifications = notifications;
            this.clock = clock;
        }

        @Override
        public void onRecv(int input, Timestamp time, Batch batch) {
            token = ((LongBatch) batch).get(0);
            ctx.notifyAt(time);
        }

        @Override
        public void onNotify(Timestamp time) {
            if (clock != null) {
                long now = System.nanoTime();
                if (delivered % WINDOW == 0) {
                    clock[(int) (delivered / WINDOW)] = now;
                }
                clock[clock.length - 1] = now; // the last notification's time
            }
            delivered++;
            notifications.incrementAndGet();
            LongBatch b = out.newBatch();
            b.add(token);
            out.send(time, b);
        }
    }
}
