package io.nereid.runtime.examples;

import io.nereid.runtime.data.Batch;
import io.nereid.runtime.data.LongBatch;
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
import io.nereid.runtime.time.Timestamp;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A loop counting to N: each input value goes around a loop, one increment per iteration, until
 * it reaches {@code n}; it then leaves the loop with the iteration count at which it got there.
 * Values are exchanged on every iteration, so they visit every worker on the way.
 */
public final class LoopCount {
  private LoopCount() {}

  /** For each start value (all {@code <= n}), the number of iterations it took to reach {@code n}. */
  public static Map<Long, Integer> run(long[] starts, long n, Config config) {
    Dataflow df = new Dataflow();
    Input<LongBatch> in = df.input("starts", LongBatch.TYPE);
    Loop loop = df.loop("count to " + n);
    Feedback<LongBatch> again = loop.feedback(LongBatch.TYPE);
    Map<Long, Integer> reachedAt = new ConcurrentSkipListMap<>();
    Stream<LongBatch> step = loop.enter(in.stream()).binary("increment", Pact.exchange(LongBatch.BY_VALUE),
        again.stream(), Pact.exchange(LongBatch.BY_VALUE), LongBatch.TYPE, ctx -> new Vertex() {
          private final Output<LongBatch> out = ctx.output(0);

          @Override
          public void onRecv(int input, Timestamp time, Batch batch) {
            LongBatch values = (LongBatch) batch;
            LongBatch next = out.newBatch();
            for (int i = 0; i < values.size(); i++) {
              long v = values.get(i);
              if (v < n) {
                next.add(v + 1);
              } else {
                reachedAt.merge(v, time.inner(), Math::max);
              }
            }
            out.send(time, next);
          }
        });
    again.connect(step);
    try (Computation c = Computation.start(df.build(), config)) {
      InputHandle<LongBatch> h = c.input(in);
      LongBatch b = h.newBatch();
      for (long s : starts) {
        if (s > n) {
          throw new IllegalArgumentException("start value " + s + " is above " + n);
        }
        b.add(s);
      }
      h.send(b);
      h.close();
      c.join();
    }
    return new TreeMap<>(reachedAt);
  }
}
