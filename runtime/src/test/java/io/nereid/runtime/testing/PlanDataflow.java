package io.nereid.runtime.testing;

import io.nereid.runtime.data.Hashing;
import io.nereid.runtime.data.LongBatch;
import io.nereid.runtime.data.Partitioner;
import io.nereid.runtime.graph.Feedback;
import io.nereid.runtime.graph.Loop;
import io.nereid.runtime.graph.Pact;
import io.nereid.runtime.graph.Scope;
import io.nereid.runtime.graph.StageBuilder;
import io.nereid.runtime.graph.Stream;
import io.nereid.runtime.graph.VertexFactory;
import java.util.List;
import java.util.Objects;

/**
 * Builds a {@link Plan} as a runtime graph, with one stage per step (a split is a stage with two
 * outputs and a merge; a loop is an ingress, a head merging the input with the feedback, the body,
 * a feedback with the loop's bound, and an egress). The vertices come from a {@link Vertices}.
 */
public final class PlanDataflow {
  /** Makes the vertices of one stage, which runs {@code step} (a {@link Plan.Concat} for heads and merges). */
  @FunctionalInterface
  public interface Vertices {
    VertexFactory make(String stageName, Plan.Step step);
  }

  /** Routes by a hash of the value that differs from {@link LongBatch#BY_VALUE}'s. */
  public static final Partitioner<LongBatch> SCATTER = (batch, out) -> {
    for (int i = 0; i < batch.size(); i++) {
      long v = batch.get(i);
      out[Hashing.worker(v * 0x9E3779B97F4A7C15L + 17, out.length)].add(v);
    }
  };

  private final Vertices vertices;
  private int stages;

  public PlanDataflow(Vertices vertices) {
    this.vertices = Objects.requireNonNull(vertices, "vertices");
  }

  /** Records with equal keys {@code v mod keys} go to the same worker. */
  public static Partitioner<LongBatch> byKey(int keys) {
    return (batch, out) -> {
      for (int i = 0; i < batch.size(); i++) {
        long v = batch.get(i);
        out[Hashing.worker(v % keys, out.length)].add(v);
      }
    };
  }

  private static Pact<LongBatch> pact(boolean exchange) {
    return exchange ? Pact.exchange(SCATTER) : Pact.pipeline();
  }

  private String name(String what) {
    return "s" + stages++ + ":" + what;
  }

  /** Builds {@code steps} reading {@code in}; returns the chain's output stream. */
  public Stream<LongBatch> build(Stream<LongBatch> in, List<Plan.Step> steps) {
    Stream<LongBatch> s = in;
    for (Plan.Step step : steps) {
      s = build(s, step);
    }
    return s;
  }

  private Stream<LongBatch> build(Stream<LongBatch> in, Plan.Step step) {
    if (step instanceof Plan.Affine m) {
      return unary(in, "affine", pact(m.exchange()), step);
    } else if (step instanceof Plan.Filter f) {
      return unary(in, "filter", pact(f.exchange()), step);
    } else if (step instanceof Plan.Distinct) {
      return unary(in, "distinct", Pact.exchange(LongBatch.BY_VALUE), step);
    } else if (step instanceof Plan.MinByKey k) {
      return unary(in, "min-by-key", Pact.exchange(byKey(k.keys())), step);
    } else if (step instanceof Plan.Split sp) {
      String name = name("split");
      StageBuilder b = in.scope().stage(name);
      b.input(in, Pact.pipeline());
      Stream<LongBatch> even = b.output(LongBatch.TYPE);
      Stream<LongBatch> odd = b.output(LongBatch.TYPE);
      b.build(vertices.make(name, step));
      Stream<LongBatch> evenOut = build(even, sp.even());
      Stream<LongBatch> oddOut = build(odd, sp.odd());
      String merge = name("merge");
      return evenOut.binary(merge, pact(sp.exchangeEven()), oddOut, pact(sp.exchangeOdd()), LongBatch.TYPE,
          vertices.make(merge, new Plan.Concat()));
    } else if (step instanceof Plan.Loop l) {
      Scope scope = in.scope();
      Loop loop = scope.loop(name("loop"));
      Feedback<LongBatch> again = loop.feedback(LongBatch.TYPE, l.bound());
      String head = name("head");
      Stream<LongBatch> headOut = loop.enter(in).binary(head, pact(l.exchangeHead()), again.stream(),
          pact(!l.exchangeHead()), LongBatch.TYPE, vertices.make(head, new Plan.Concat()));
      Stream<LongBatch> body = build(headOut, l.body());
      again.connect(body);
      return loop.leave(body);
    }
    throw new IllegalArgumentException("not a step: " + step);
  }

  private Stream<LongBatch> unary(Stream<LongBatch> in, String what, Pact<LongBatch> pact, Plan.Step step) {
    String name = name(what);
    return in.unary(name, pact, LongBatch.TYPE, vertices.make(name, step));
  }
}
