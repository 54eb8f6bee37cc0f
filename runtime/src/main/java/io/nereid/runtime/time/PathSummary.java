package io.nereid.runtime.time;

import java.util.Arrays;

/**
 * What a path through the dataflow graph does to a timestamp, in the normal form
 * "leave {@code pops} loops, add {@code advance} to the innermost remaining coordinate, then
 * enter loops with the counters {@code pushes}".
 *
 * <p>Every path built from ingress (push 0), egress (pop) and feedback (increment the innermost
 * counter) has this form, and the form is closed under composition ({@link #then}): this is what
 * makes could-result-in computable by a fixpoint over the graph.
 *
 * <p>Summaries are compared only when they have the same shape (same pops, same number of
 * pushes): then {@code a <= b} iff {@code a(t) <= b(t)} for every {@code t}. Summaries of
 * different shapes are treated as incomparable, which keeps an antichain of summaries correct
 * (never too small), just sometimes larger than needed.
 */
public final class PathSummary implements PartialOrder<PathSummary> {
  private static final int[] NONE = new int[0];

  /** The summary of a path that leaves the time unchanged. */
  public static final PathSummary IDENTITY = new PathSummary(0, 0, NONE);
  /** Ingress: enter a loop with counter 0. */
  public static final PathSummary INGRESS = new PathSummary(0, 0, new int[] {0});
  /** Egress: leave the innermost loop. */
  public static final PathSummary EGRESS = new PathSummary(1, 0, NONE);
  /** Feedback: the innermost loop counter plus one. */
  public static final PathSummary FEEDBACK = new PathSummary(0, 1, NONE);

  private final int pops;
  private final int advance;
  private final int[] pushes;

  private PathSummary(int pops, int advance, int[] pushes) {
    this.pops = pops;
    this.advance = advance;
    this.pushes = pushes;
  }

  /** The summary "leave {@code pops} loops, add {@code advance}, enter loops with {@code pushes}". */
  public static PathSummary of(int pops, int advance, int... pushes) {
    if (pops < 0 || advance < 0) {
      throw new IllegalArgumentException("pops and advance must be >= 0");
    }
    for (int p : pushes) {
      if (p < 0) {
        throw new IllegalArgumentException("loop counters must be >= 0: " + java.util.Arrays.toString(pushes));
      }
    }
    return new PathSummary(pops, advance, pushes.clone());
  }

  public int pops() {
    return pops;
  }

  public int advance() {
    return advance;
  }

  public int pushCount() {
    return pushes.length;
  }

  /** Depth of the result for a timestamp of depth {@code depth}. */
  public int resultDepth(int depth) {
    return depth - pops + pushes.length;
  }

  /** Applies the summary to a timestamp. */
  public Timestamp apply(Timestamp t) {
    if (t.depth() < pops) {
      throw new IllegalArgumentException("summary " + this + " cannot apply to " + t);
    }
    Timestamp r = t;
    for (int i = 0; i < pops; i++) {
      r = r.pop();
    }
    r = r.advanceInner(advance);
    for (int p : pushes) {
      r = r.push(p);
    }
    return r;
  }

  /** The summary of this path followed by {@code next}. */
  public PathSummary then(PathSummary next) {
    int n = pushes.length;
    if (next.pops < n) {
      int[] kept = Arrays.copyOf(pushes, n - next.pops);
      kept[kept.length - 1] = Math.addExact(kept[kept.length - 1], next.advance);
      return new PathSummary(pops, advance, concat(kept, next.pushes));
    }
    if (next.pops == n) {
      return new PathSummary(pops, Math.addExact(advance, next.advance), next.pushes);
    }
    return new PathSummary(pops + next.pops - n, next.advance, next.pushes);
  }

  private static int[] concat(int[] a, int[] b) {
    int[] r = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  /**
   * Whether a cycle with this summary strictly advances every time it is applied to (a cycle
   * starts and ends at the same depth, so {@code pops == pushes.length}). A cycle that does not
   * advance would let a time reach itself: a graph with one can never make progress.
   */
  public boolean strictlyAdvances() {
    return advance > 0;
  }

  @Override
  public boolean lessEqual(PathSummary other) {
    if (pops != other.pops || pushes.length != other.pushes.length || advance > other.advance) {
      return false;
    }
    for (int i = 0; i < pushes.length; i++) {
      if (pushes[i] > other.pushes[i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PathSummary s && s.pops == pops && s.advance == advance && Arrays.equals(s.pushes, pushes);
  }

  @Override
  public int hashCode() {
    return (pops * 31 + advance) * 31 + Arrays.hashCode(pushes);
  }

  @Override
  public String toString() {
    return "summary(pop " + pops + ", +" + advance + ", push " + Arrays.toString(pushes) + ")";
  }
}
