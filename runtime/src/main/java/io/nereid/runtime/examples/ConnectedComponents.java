package io.nereid.runtime.examples;

import io.nereid.runtime.data.Batch;
import io.nereid.runtime.data.Hashing;
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
import java.util.Arrays;
import java.util.List;

/**
 * Connected components by label propagation: every node starts with its own id as label and
 * repeatedly takes the smallest label among its neighbours (edges taken as undirected) until
 * nothing changes. The result labels each node with the smallest id of its component.
 *
 * <p>The dataflow: the edges enter a loop once, at iteration 0, where each worker indexes its
 * share (partitioned by node) as adjacency arrays — the loop-invariant input is exchanged and
 * indexed once, never again. Each iteration is one pass over the nodes whose label improved:
 * neighbours on the same worker are updated in place, as the single-threaded loop does, and
 * neighbours on other workers get label proposals {@code (node, label)}, pre-aggregated per
 * neighbour, which go around the feedback to their worker. Improvements leave the loop; a stage
 * keeps the least label per node and, when the epoch is complete, sends the labels to worker 0.
 */
public final class ConnectedComponents {
  private ConnectedComponents() {}

  /**
   * Labels of nodes {@code 0 .. nodes-1} for the undirected graph of edges {@code (src[i], dst[i])};
   * a node without edges keeps its own id.
   */
  public static long[] run(long[] src, long[] dst, int nodes, Config config) {
    return run(src, dst, nodes, Cluster.single(config));
  }

  /**
   * The same on a cluster: every process passes the whole edge list and feeds its share of it;
   * the labels are gathered on process 0 (on the others the returned labels are not the answer).
   */
  public static long[] run(long[] src, long[] dst, int nodes, Cluster cluster) {
    if (src.length != dst.length) {
      throw new IllegalArgumentException("src and dst have different lengths");
    }
    long[] labels = new long[nodes];
    for (int i = 0; i < nodes; i++) {
      labels[i] = i;
    }
    Dataflow df = new Dataflow();
    Input<LongPairBatch> edges = df.input("edges", LongPairBatch.TYPE);
    Loop loop = df.loop("propagate");
    Stream<LongPairBatch> inner = loop.enter(edges.stream());
    Feedback<LongPairBatch> proposals = loop.feedback(LongPairBatch.TYPE);
    StageBuilder b = loop.stage("label propagation");
    b.input(inner, Pact.exchange(LongPairBatch.BY_FIRST));
    b.input(inner, Pact.exchange(LongPairBatch.BY_SECOND));
    b.input(proposals.stream(), Pact.exchange(LongPairBatch.BY_FIRST));
    Stream<LongPairBatch> next = b.output(LongPairBatch.TYPE);
    Stream<LongPairBatch> improved = b.output(LongPairBatch.TYPE);
    b.build(PropagateVertex::new);
    proposals.connect(next);
    Stream<LongPairBatch> least = loop.leave(improved).unary("least label", Pact.exchange(LongPairBatch.BY_FIRST),
        LongPairBatch.TYPE, ctx -> new LeastLabelVertex(ctx, nodes));
    least.sink("gather", Pact.exchange((batch, out) -> out[0].addAll(batch)), ctx -> new Vertex() {
      @Override
      public void onRecv(int input, Timestamp time, Batch batch) {
        LongPairBatch p = (LongPairBatch) batch;
        for (int i = 0; i < p.size(); i++) {
          labels[(int) p.first(i)] = p.second(i); // only global worker 0 gets here
        }
      }
    });
    int processes = cluster.config().processes();
    int self = cluster.config().processId();
    try (Computation c = cluster.start(df.build(), List.of(LongPairBatchCodec.INSTANCE))) {
      InputHandle<LongPairBatch> in = c.input(edges);
      int chunk = 64 * 1024;
      for (int from = chunk * self; from < src.length; from += chunk * processes) {
        LongPairBatch batch = in.newBatch();
        batch.addAll(src, dst, from, Math.min(chunk, src.length - from));
        in.send(batch);
      }
      in.close();
      c.join();
    }
    return labels;
  }

  /** Keeps the least label of each of its nodes; sends them on when the epoch is complete. */
  private static final class LeastLabelVertex implements Vertex {
    private final VertexContext ctx;
    private final long[] least;
    private final int[] touched;
    private int touchedCount;
    private Timestamp requested;

    LeastLabelVertex(VertexContext ctx, int nodes) {
      this.ctx = ctx;
      this.least = new long[nodes];
      this.touched = new int[nodes];
      Arrays.fill(least, Long.MAX_VALUE);
    }

    @Override
    public void onRecv(int input, Timestamp time, Batch batch) {
      LongPairBatch p = (LongPairBatch) batch;
      for (int i = 0; i < p.size(); i++) {
        int node = (int) p.first(i);
        if (least[node] == Long.MAX_VALUE) {
          touched[touchedCount++] = node;
        }
        least[node] = Math.min(least[node], p.second(i));
      }
      if (!time.equals(requested)) {
        requested = time;
        ctx.notifyAt(time);
      }
    }

    @Override
    public void onNotify(Timestamp time) {
      Output<LongPairBatch> out = ctx.output(0);
      LongPairBatch batch = out.newBatch();
      for (int k = 0; k < touchedCount; k++) {
        batch.add(touched[k], least[touched[k]]);
        least[touched[k]] = Long.MAX_VALUE;
        if (batch.size() >= 4096) {
          out.send(time, batch);
          batch = out.newBatch();
        }
      }
      touchedCount = 0;
      out.send(time, batch);
    }
  }

  /** Holds one worker's share of the adjacency and the labels of its nodes. */
  private static final class PropagateVertex implements Vertex {
    private final VertexContext ctx;
    private final Output<LongPairBatch> proposals;
    private final Output<LongPairBatch> improvements;
    private long[] edgeFrom = new long[1024];
    private long[] edgeTo = new long[1024];
    private int edgeCount;
    private long maxId = -1;
    private int[] offsets;
    private int[] neighbours;
    private long[] best;
    private int[] touched;
    private int touchedCount;
    private long[] label = new long[0];
    private boolean[] owned;
    private boolean[] queued = new boolean[0];
    private int[] next = new int[0];
    private int nextCount;
    private int[] work = new int[0];
    private Timestamp requested;

    PropagateVertex(VertexContext ctx) {
      this.ctx = ctx;
      this.proposals = ctx.output(0);
      this.improvements = ctx.output(1);
    }

    @Override
    public void onRecv(int input, Timestamp time, Batch batch) {
      LongPairBatch p = (LongPairBatch) batch;
      if (input < 2) {
        appendEdges(input == 0 ? p.firstArray() : p.secondArray(), input == 0 ? p.secondArray() : p.firstArray(), p.size());
      } else {
        if (offsets == null) {
          // Another worker finished iteration 0 first: every edge has reached this worker already
          // (the stage's frontier passed iteration 0), so the index can be built now.
          index();
        }
        for (int i = 0; i < p.size(); i++) {
          int node = (int) p.first(i);
          long l = p.second(i);
          if (l < label[node]) {
            label[node] = l;
            enqueue(node);
          }
        }
      }
      request(time);
    }

    private void request(Timestamp time) {
      if (!time.equals(requested)) {
        requested = time;
        ctx.notifyAt(time);
      }
    }

    private void appendEdges(long[] from, long[] to, int n) {
      if (edgeCount + n > edgeFrom.length) {
        int cap = Math.max(edgeCount + n, edgeFrom.length * 2);
        edgeFrom = Arrays.copyOf(edgeFrom, cap);
        edgeTo = Arrays.copyOf(edgeTo, cap);
      }
      System.arraycopy(from, 0, edgeFrom, edgeCount, n);
      System.arraycopy(to, 0, edgeTo, edgeCount, n);
      edgeCount += n;
      for (int i = 0; i < n; i++) {
        maxId = Math.max(maxId, Math.max(from[i], to[i]));
      }
    }

    private void enqueue(int node) {
      if (!queued[node]) {
        queued[node] = true;
        next[nextCount++] = node;
      }
    }

    /**
     * One pass of label propagation over the nodes whose label improved since the last pass, as
     * the single-threaded loop does it: a neighbour this worker owns is updated in place (and
     * queued for the next pass); a neighbour owned by another worker gets a proposal, pre-
     * aggregated to one per neighbour (the least label offered), and only where it can improve
     * the neighbour's label as far as this worker knows (the least label it already proposed is
     * an upper bound of the neighbour's). The next pass is the next iteration: proposals come
     * back through the feedback, local work through a notification one iteration later.
     */
    @Override
    public void onNotify(Timestamp time) {
      if (offsets == null) {
        index();
      }
      int[] pass = next;
      int passCount = nextCount;
      next = work;
      work = pass;
      nextCount = 0;
      for (int k = 0; k < passCount; k++) {
        queued[pass[k]] = false;
      }
      LongPairBatch better = improvements.newBatch();
      for (int k = 0; k < passCount; k++) {
        int u = pass[k];
        long l = label[u];
        better.add(u, l);
        for (int e = offsets[u], end = offsets[u + 1]; e < end; e++) {
          int w = neighbours[e];
          if (l < label[w]) {
            if (owned[w]) {
              label[w] = l;
              enqueue(w);
            } else if (l < best[w]) {
              if (best[w] == Long.MAX_VALUE) {
                touched[touchedCount++] = w;
              }
              best[w] = l;
            }
          }
        }
      }
      improvements.send(time, better);
      LongPairBatch out = proposals.newBatch();
      for (int k = 0; k < touchedCount; k++) {
        int w = touched[k];
        out.add(w, best[w]);
        label[w] = best[w]; // an upper bound of the remote node's label: do not propose worse again
        best[w] = Long.MAX_VALUE;
        if (out.size() >= 4096) {
          proposals.send(time, out);
          out = proposals.newBatch();
        }
      }
      touchedCount = 0;
      proposals.send(time, out);
      if (nextCount > 0) {
        request(time.increment());
      }
    }

    /** Builds the adjacency arrays (once, at iteration 0) and queues every local node for the first pass. */
    private void index() {
      long max = maxId;
      if (max >= Integer.MAX_VALUE) {
        throw new IllegalArgumentException("node ids must be below 2^31 for this example, found " + max);
      }
      int n = (int) (max + 1);
      offsets = new int[n + 1];
      for (int e = 0; e < edgeCount; e++) {
        offsets[(int) edgeFrom[e] + 1]++;
      }
      for (int i = 0; i < n; i++) {
        offsets[i + 1] += offsets[i];
      }
      neighbours = new int[edgeCount];
      int[] fill = Arrays.copyOf(offsets, n);
      for (int e = 0; e < edgeCount; e++) {
        neighbours[fill[(int) edgeFrom[e]]++] = (int) edgeTo[e];
      }
      edgeFrom = null;
      edgeTo = null;
      label = new long[n];
      best = new long[n];
      touched = new int[n];
      owned = new boolean[n];
      queued = new boolean[n];
      next = new int[n];
      work = new int[n];
      Arrays.fill(best, Long.MAX_VALUE);
      for (int u = 0; u < n; u++) {
        label[u] = u;
        owned[u] = Hashing.worker(u, ctx.workers()) == ctx.worker();
        if (offsets[u + 1] > offsets[u]) {
          enqueue(u);
        }
      }
    }
  }
}
