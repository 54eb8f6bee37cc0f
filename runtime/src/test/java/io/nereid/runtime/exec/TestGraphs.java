package io.nereid.runtime.exec;

import io.nereid.runtime.data.Batch;
import io.nereid.runtime.data.LongBatch;
import io.nereid.runtime.graph.Dataflow;
import io.nereid.runtime.graph.Feedback;
import io.nereid.runtime.graph.Graph;
import io.nereid.runtime.graph.Input;
import io.nereid.runtime.graph.Loop;
import io.nereid.runtime.graph.Output;
import io.nereid.runtime.graph.Pact;
import io.nereid.runtime.graph.Stream;
import io.nereid.runtime.graph.Vertex;
import io.nereid.runtime.graph.VertexContext;
import io.nereid.runtime.time.Timestamp;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Small graphs and vertices that several runtime tests run, on one process or several. */
final class TestGraphs {
  private TestGraphs() {}

  /** Sums the values it receives per time and sends each sum when its time is complete. */
  static Vertex sumPerTime(VertexContext ctx) {
    return new Vertex() {
      private final Map<Timestamp, long[]> acc = new HashMap<>();

      @Override
      public void onRecv(int input, Timestamp time, Batch batch) {
        LongBatch b = (LongBatch) batch;
        long[] a = acc.computeIfAbsent(time, t -> {
          ctx.notifyAt(t);
          return new long[1];
        });
        for (int i = 0; i < b.size(); i++) {
          a[0] += b.get(i);
        }
      }

      @Override
      public void onNotify(Timestamp time) {
        Output<LongBatch> out = ctx.output(0);
        LongBatch b = out.newBatch();
        b.add(acc.remove(time)[0]);
        out.send(time, b);
      }
    };
  }

  /**
   * A loop in which every value is incremented, and exchanged, until it reaches {@code limit};
   * {@link #reached} maps {@code limit} to the last iteration at which a value got there.
   */
  record CountingLoop(Graph graph, Input<LongBatch> input, Map<Long, Integer> reached) {
    static CountingLoop upTo(long limit) {
      Dataflow df = new Dataflow();
      Input<LongBatch> in = df.input("start", LongBatch.TYPE);
      Loop loop = df.loop("count");
      Feedback<LongBatch> fb = loop.feedback(LongBatch.TYPE);
      Map<Long, Integer> reached = new ConcurrentHashMap<>();
      Stream<LongBatch> body = loop.enter(in.stream()).binary("step", Pact.exchange(LongBatch.BY_VALUE), fb.stream(),
          Pact.exchange(LongBatch.BY_VALUE), LongBatch.TYPE, ctx -> new Vertex() {
            @Override
            public void onRecv(int input, Timestamp time, Batch batch) {
              LongBatch b = (LongBatch) batch;
              Output<LongBatch> out = ctx.output(0);
              LongBatch next = out.newBatch();
              for (int i = 0; i < b.size(); i++) {
                if (b.get(i) < limit) {
                  next.add(b.get(i) + 1);
                } else {
                  reached.merge(b.get(i), time.inner(), Math::max);
                }
              }
              out.send(time, next);
            }
          });
      fb.connect(body);
      loop.leave(body).probe();
      return new CountingLoop(df.build(), in, reached);
    }
  }
}
