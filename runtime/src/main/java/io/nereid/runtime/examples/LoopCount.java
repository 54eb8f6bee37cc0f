package io.nereid.runtime.examples;

import io.nereid.runtime.comm.LongBatchCodec;
import io.nereid.runtime.data.Batch;
import io.nereid.runtime.data.LongBatch;
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
import io.nereid.runtime.time.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A loop counting to N: each input value goes around a loop, one increment per iteration, until
 * it reaches {@code n}; it then leaves the loop with the iteration count at which it got there.
 * Values are exchanged on every iteration, so they visit every worker (and process) on the way.
 */
public final class LoopCount {
  private LoopCount() {}

  /** For each start value (all {@code <= n}), the number of iterations it took to reach {@code n}. */
  public static Map<Long, Integer> run(long[] starts, long n, Config config) {
    return run(starts, n, Cluster.single(config));
  }

  /**
   * The same on a cluster: process 0 feeds the start values and gets the answer (on the others
   * the returned map is empty).
   */
  public static Map<Long, Integer> run(long[] starts, long n, Cluster cluster) {
    for (long s : starts) {
      if (s > n) {
        throw new IllegalArgumentException("start value " + s + " is above " + n);
      }
    }
    Dataflow df = new Dataflow();
    Input<LongBatch> in = df.input("starts", LongBatch.TYPE);
    Loop loop = df.loop("count to " + n);
    Feedback<LongBatch> again = loop.feedback(LongBatch.TYPE);
    StageBuilder b = loop.stage("increment");
    b.input(loop.enter(in.stream()), Pact.exchange(LongBatch.BY_VALUE));
    b.input(again.stream(), Pact.exchange(LongBatch.BY_VALUE));
    Stream<LongBatch> next = b.output(LongBatch.TYPE);
    Stream<LongBatch> arrived = b.output(LongBatch.TYPE);
    b.build(ctx -> new Vertex() {
      private final Output<LongBatch> out = ctx.output(0);
      private final Output<LongBatch> done = ctx.output(1);

      @Override
      public void onRecv(int input, Timestamp time, Batch batch) {
        LongBatch values = (LongBatch) batch;
        LongBatch more = out.newBatch();
        LongBatch reached = done.newBatch();
        for (int i = 0; i < values.size(); i++) {
          long v = values.get(i);
          if (v < n) {
            more.add(v + 1);
          } else {
            reached.add(time.inner());
          }
        }
        out.send(time, more);
        done.send(time, reached);
      }
    });
    again.connect(next);
    Map<Long, Integer> reachedAt = new ConcurrentSkipListMap<>();
    loop.leave(arrived).sink("gather", Pact.exchange((batch, out) -> out[0].addAll(batch.array(), batch.size())),
        ctx -> new Vertex() {
          @Override
          public void onRecv(int input, Timestamp time, Batch batch) {
            LongBatch iterations = (LongBatch) batch;
            for (int i = 0; i < iterations.size(); i++) {
              reachedAt.merge(n, (int) iterations.get(i), Math::max);
            }
          }
        });
    try (Computation c = cluster.start(df.build(), List.of(LongBatchCodec.INSTANCE))) {
      InputHandle<LongBatch> h = c.input(in);
      if (cluster.isLeader()) {
        LongBatch batch = h.newBatch();
        for (long s : starts) {
          batch.add(s);
        }
        h.send(batch);
      }
      h.close();
      c.join();
    }
    return new TreeMap<>(reachedAt);
  }
}
