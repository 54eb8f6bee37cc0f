package io.nereid.runtime.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.runtime.progress.Reachability.Link;
import io.nereid.runtime.time.PathSummary;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Could-result-in on small hand-made graphs, with the summaries worked out by hand. */
class ReachabilityTest {
  private static final PathSummary ID = PathSummary.IDENTITY;

  /**
   * One loop: {@code ingress -> body <- feedback}, {@code body -> feedback},
   * {@code body -> egress -> sink}. Targets (inputs) first, then sources (outputs).
   */
  static final class OneLoop {
    static final int INGRESS_IN = 0;
    static final int BODY_IN0 = 1; // from the ingress
    static final int BODY_IN1 = 2; // from the feedback
    static final int FEEDBACK_IN = 3;
    static final int EGRESS_IN = 4;
    static final int SINK_IN = 5;
    static final int INGRESS_OUT = 6;
    static final int BODY_OUT = 7;
    static final int FEEDBACK_OUT = 8;
    static final int EGRESS_OUT = 9;
    static final int SINK_CAP = 10;

    static Reachability reachability() {
      List<Link> links = List.of(
          new Link(INGRESS_IN, INGRESS_OUT, PathSummary.INGRESS),
          new Link(INGRESS_OUT, BODY_IN0, ID),
          new Link(BODY_IN0, BODY_OUT, ID),
          new Link(BODY_IN1, BODY_OUT, ID),
          new Link(BODY_OUT, FEEDBACK_IN, ID),
          new Link(FEEDBACK_IN, FEEDBACK_OUT, PathSummary.FEEDBACK),
          new Link(FEEDBACK_OUT, BODY_IN1, ID),
          new Link(BODY_OUT, EGRESS_IN, ID),
          new Link(EGRESS_IN, EGRESS_OUT, PathSummary.EGRESS),
          new Link(EGRESS_OUT, SINK_IN, ID),
          new Link(SINK_IN, SINK_CAP, ID));
      return Reachability.compute(11, targets(11, 6), links);
    }
  }

  /**
   * Two nested loops: {@code ingO -> headO(+fbO) -> ingI -> headI(+fbI)}, {@code headI -> fbI},
   * {@code headI -> egI}, {@code egI -> fbO}, {@code egI -> egO -> sink}.
   */
  static final class NestedLoops {
    static final int ING_O_IN = 0;
    static final int HEAD_O_IN0 = 1;
    static final int HEAD_O_IN1 = 2;
    static final int ING_I_IN = 3;
    static final int HEAD_I_IN0 = 4;
    static final int HEAD_I_IN1 = 5;
    static final int FB_I_IN = 6;
    static final int EG_I_IN = 7;
    static final int FB_O_IN = 8;
    static final int EG_O_IN = 9;
    static final int SINK_IN = 10;
    static final int ING_O_OUT = 11;
    static final int HEAD_O_OUT = 12;
    static final int ING_I_OUT = 13;
    static final int HEAD_I_OUT = 14;
    static final int FB_I_OUT = 15;
    static final int EG_I_OUT = 16;
    static final int FB_O_OUT = 17;
    static final int EG_O_OUT = 18;
    static final int SINK_CAP = 19;

    static Reachability reachability() {
      List<Link> links = new ArrayList<>(List.of(
          new Link(ING_O_IN, ING_O_OUT, PathSummary.INGRESS),
          new Link(HEAD_O_IN0, HEAD_O_OUT, ID),
          new Link(HEAD_O_IN1, HEAD_O_OUT, ID),
          new Link(ING_I_IN, ING_I_OUT, PathSummary.INGRESS),
          new Link(HEAD_I_IN0, HEAD_I_OUT, ID),
          new Link(HEAD_I_IN1, HEAD_I_OUT, ID),
          new Link(FB_I_IN, FB_I_OUT, PathSummary.FEEDBACK),
          new Link(EG_I_IN, EG_I_OUT, PathSummary.EGRESS),
          new Link(FB_O_IN, FB_O_OUT, PathSummary.FEEDBACK),
          new Link(EG_O_IN, EG_O_OUT, PathSummary.EGRESS),
          new Link(SINK_IN, SINK_CAP, ID)));
      links.addAll(List.of(
          new Link(ING_O_OUT, HEAD_O_IN0, ID),
          new Link(FB_O_OUT, HEAD_O_IN1, ID),
          new Link(HEAD_O_OUT, ING_I_IN, ID),
          new Link(ING_I_OUT, HEAD_I_IN0, ID),
          new Link(FB_I_OUT, HEAD_I_IN1, ID),
          new Link(HEAD_I_OUT, FB_I_IN, ID),
          new Link(HEAD_I_OUT, EG_I_IN, ID),
          new Link(EG_I_OUT, FB_O_IN, ID),
          new Link(EG_I_OUT, EG_O_IN, ID),
          new Link(EG_O_OUT, SINK_IN, ID)));
      return Reachability.compute(20, targets(20, 11), links);
    }
  }

  static boolean[] targets(int locations, int targets) {
    boolean[] t = new boolean[locations];
    for (int i = 0; i < targets; i++) {
      t[i] = true;
    }
    return t;
  }

  @Test
  void oneLoop() {
    Reachability r = OneLoop.reachability();
    assertThat(r.locations()).isEqualTo(11);
    assertThat(r.between(OneLoop.INGRESS_IN, OneLoop.INGRESS_IN)).containsExactly(ID);
    assertThat(r.between(OneLoop.INGRESS_IN, OneLoop.BODY_IN0)).containsExactly(PathSummary.of(0, 0, 0));
    assertThat(r.between(OneLoop.INGRESS_IN, OneLoop.BODY_IN1)).containsExactly(PathSummary.of(0, 0, 1));
    assertThat(r.between(OneLoop.INGRESS_IN, OneLoop.EGRESS_IN)).containsExactly(PathSummary.of(0, 0, 0));
    // Entering and leaving, whether or not around the loop, leaves the time as it was.
    assertThat(r.between(OneLoop.INGRESS_IN, OneLoop.SINK_IN)).containsExactly(ID);
    // Around the loop is never better than staying: only the identity to itself.
    assertThat(r.between(OneLoop.BODY_IN0, OneLoop.BODY_IN0)).containsExactly(ID);
    assertThat(r.between(OneLoop.BODY_IN1, OneLoop.BODY_IN1)).containsExactly(ID);
    assertThat(r.between(OneLoop.BODY_OUT, OneLoop.BODY_IN1)).containsExactly(PathSummary.FEEDBACK);
    assertThat(r.between(OneLoop.FEEDBACK_IN, OneLoop.EGRESS_IN)).containsExactly(PathSummary.FEEDBACK);
    assertThat(r.between(OneLoop.FEEDBACK_IN, OneLoop.SINK_IN)).containsExactly(PathSummary.EGRESS);
    assertThat(r.between(OneLoop.BODY_OUT, OneLoop.SINK_IN)).containsExactly(PathSummary.EGRESS);
    // Nothing goes back to the ingress or to the body's first input; the sink reaches nothing.
    assertThat(r.between(OneLoop.BODY_OUT, OneLoop.BODY_IN0)).isEmpty();
    assertThat(r.between(OneLoop.SINK_IN, OneLoop.INGRESS_IN)).isEmpty();
    assertThat(r.targets(OneLoop.SINK_CAP)).isEmpty();
    assertThat(r.targets(OneLoop.SINK_IN)).containsExactly(OneLoop.SINK_IN);
    assertThat(r.targets(OneLoop.INGRESS_IN)).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5);
    assertThat(r.targets(OneLoop.FEEDBACK_OUT)).containsExactlyInAnyOrder(
        OneLoop.BODY_IN1, OneLoop.FEEDBACK_IN, OneLoop.EGRESS_IN, OneLoop.SINK_IN);
  }

  @Test
  void summariesByIndexMatchBetween() {
    Reachability r = OneLoop.reachability();
    for (int from = 0; from < r.locations(); from++) {
      int[] ts = r.targets(from);
      for (int k = 0; k < ts.length; k++) {
        assertThat(List.of(r.summaries(from, k))).isEqualTo(r.between(from, ts[k]));
      }
    }
  }

  @Test
  void nestedLoops() {
    Reachability r = NestedLoops.reachability();
    assertThat(r.between(NestedLoops.ING_O_IN, NestedLoops.HEAD_I_IN0)).containsExactly(PathSummary.of(0, 0, 0, 0));
    assertThat(r.between(NestedLoops.ING_O_IN, NestedLoops.HEAD_I_IN1)).containsExactly(PathSummary.of(0, 0, 0, 1));
    assertThat(r.between(NestedLoops.ING_O_IN, NestedLoops.HEAD_O_IN1)).containsExactly(PathSummary.of(0, 0, 1));
    assertThat(r.between(NestedLoops.ING_O_IN, NestedLoops.SINK_IN)).containsExactly(ID);
    // Leave the inner loop, go around the outer one: drop a counter, add one to the next.
    assertThat(r.between(NestedLoops.HEAD_I_OUT, NestedLoops.HEAD_O_IN1)).containsExactly(PathSummary.of(1, 1));
    assertThat(r.between(NestedLoops.FB_I_IN, NestedLoops.HEAD_O_IN1)).containsExactly(PathSummary.of(1, 1));
    // Back to the inner feedback input: around the inner loop, or out, around the outer loop and
    // in again; (e, a, b) becomes (e, a, b + 1) or (e, a + 1, 1): incomparable, both are kept.
    assertThat(r.between(NestedLoops.HEAD_I_OUT, NestedLoops.HEAD_I_IN1))
        .containsExactlyInAnyOrder(PathSummary.FEEDBACK, PathSummary.of(1, 1, 1));
    // From the outer head back to itself: once around the outer loop, through the inner one.
    assertThat(r.between(NestedLoops.HEAD_O_OUT, NestedLoops.HEAD_O_IN1)).containsExactly(PathSummary.FEEDBACK);
    assertThat(r.between(NestedLoops.HEAD_O_OUT, NestedLoops.HEAD_I_IN0)).containsExactly(PathSummary.of(0, 0, 0));
    // The next outer iteration re-enters the inner loop at counter 0.
    assertThat(r.between(NestedLoops.HEAD_I_OUT, NestedLoops.HEAD_I_IN0)).containsExactly(PathSummary.of(1, 1, 0));
    assertThat(r.between(NestedLoops.HEAD_I_OUT, NestedLoops.SINK_IN)).containsExactly(PathSummary.of(2, 0));
    assertThat(r.between(NestedLoops.EG_O_OUT, NestedLoops.HEAD_O_IN0)).isEmpty();
  }

  @Test
  void incomparableSummariesAreAllKept() {
    // Two ways from a to c: one enters a loop at counter 1, the other leaves the time alone
    // and then enters at 0 after an advance: push [1] and (advance 1, push [0]) are incomparable.
    int a = 0;
    int c = 1;
    int mid1 = 2;
    int mid2 = 3;
    List<Link> links = List.of(
        new Link(a, mid1, PathSummary.of(0, 0, 1)),
        new Link(mid1, c, ID),
        new Link(a, mid2, PathSummary.FEEDBACK),
        new Link(mid2, c, PathSummary.INGRESS));
    Reachability r = Reachability.compute(4, new boolean[] {true, true, false, false}, links);
    assertThat(r.between(a, c)).containsExactlyInAnyOrder(PathSummary.of(0, 0, 1), PathSummary.of(0, 1, 0));
  }

  @Test
  void dominatedPathsAreDropped() {
    int a = 0;
    int c = 1;
    List<Link> links = List.of(
        new Link(a, 2, PathSummary.FEEDBACK),
        new Link(2, c, PathSummary.FEEDBACK),
        new Link(a, c, PathSummary.FEEDBACK));
    Reachability r = Reachability.compute(3, new boolean[] {true, true, false}, links);
    assertThat(r.between(a, c)).containsExactly(PathSummary.FEEDBACK);
  }
}
