package io.nereid.runtime.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.runtime.progress.ReachabilityTest.NestedLoops;
import io.nereid.runtime.progress.ReachabilityTest.OneLoop;
import io.nereid.runtime.time.Timestamp;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Frontiers, completion and listeners of the tracker on the hand-made graphs of {@link ReachabilityTest}. */
class ProgressTrackerTest {

  private static ProgressUpdate update(Object... locationTimeDelta) {
    int n = locationTimeDelta.length / 3;
    int[] locations = new int[n];
    Timestamp[] times = new Timestamp[n];
    long[] deltas = new long[n];
    for (int i = 0; i < n; i++) {
      locations[i] = (Integer) locationTimeDelta[3 * i];
      times[i] = (Timestamp) locationTimeDelta[3 * i + 1];
      deltas[i] = ((Number) locationTimeDelta[3 * i + 2]).longValue();
    }
    return new ProgressUpdate(locations, times, deltas);
  }

  private static Timestamp t(long epoch, int... counters) {
    return Timestamp.of(epoch, counters);
  }

  @Test
  void aPointstampBlocksEveryTimeItCouldResultIn() {
    ProgressTracker tracker = new ProgressTracker(OneLoop.reachability());
    assertThat(tracker.isComplete()).isTrue();
    tracker.apply(update(OneLoop.INGRESS_IN, t(0), 1));
    assertThat(tracker.isComplete()).isFalse();
    assertThat(tracker.frontier(OneLoop.INGRESS_IN).elements()).containsExactly(t(0));
    assertThat(tracker.frontier(OneLoop.BODY_IN0).elements()).containsExactly(t(0, 0));
    assertThat(tracker.frontier(OneLoop.BODY_IN1).elements()).containsExactly(t(0, 1));
    assertThat(tracker.frontier(OneLoop.FEEDBACK_IN).elements()).containsExactly(t(0, 0));
    assertThat(tracker.frontier(OneLoop.EGRESS_IN).elements()).containsExactly(t(0, 0));
    assertThat(tracker.frontier(OneLoop.SINK_IN).elements()).containsExactly(t(0));
    assertThat(tracker.blocks(OneLoop.BODY_IN1, t(0, 0))).isFalse();
    assertThat(tracker.blocks(OneLoop.BODY_IN1, t(0, 1))).isTrue();
    assertThat(tracker.blocks(OneLoop.SINK_IN, t(3))).isTrue();

    // A message in the loop at (0, 3), then the ingress's message is consumed.
    tracker.apply(update(OneLoop.FEEDBACK_IN, t(0, 3), 1, OneLoop.INGRESS_IN, t(0), -1));
    assertThat(tracker.frontier(OneLoop.INGRESS_IN).isEmpty()).isTrue();
    assertThat(tracker.frontier(OneLoop.BODY_IN0).isEmpty()).isTrue();
    assertThat(tracker.frontier(OneLoop.BODY_IN1).elements()).containsExactly(t(0, 4));
    assertThat(tracker.frontier(OneLoop.FEEDBACK_IN).elements()).containsExactly(t(0, 3));
    assertThat(tracker.frontier(OneLoop.EGRESS_IN).elements()).containsExactly(t(0, 4));
    assertThat(tracker.frontier(OneLoop.SINK_IN).elements()).containsExactly(t(0));
    assertThat(tracker.count(OneLoop.FEEDBACK_IN, t(0, 3))).isEqualTo(1);
    assertThat(tracker.count(OneLoop.INGRESS_IN, t(0))).isZero();

    tracker.apply(update(OneLoop.FEEDBACK_IN, t(0, 3), -1));
    assertThat(tracker.isComplete()).isTrue();
    for (int target = 0; target <= OneLoop.SINK_IN; target++) {
      assertThat(tracker.frontier(target).isEmpty()).isTrue();
    }
  }

  @Test
  void incomparableFrontierElementsAreAllKept() {
    ProgressTracker tracker = new ProgressTracker(OneLoop.reachability());
    tracker.apply(update(OneLoop.INGRESS_IN, t(1), 1, OneLoop.BODY_OUT, t(0, 5), 1));
    assertThat(tracker.frontier(OneLoop.BODY_IN1).elements()).containsExactlyInAnyOrder(t(1, 1), t(0, 6));
    assertThat(tracker.frontier(OneLoop.SINK_IN).elements()).containsExactly(t(0));
    assertThat(tracker.blocks(OneLoop.BODY_IN1, t(0, 5))).isFalse();
    assertThat(tracker.blocks(OneLoop.BODY_IN1, t(1, 0))).isFalse();
    assertThat(tracker.blocks(OneLoop.BODY_IN1, t(1, 6))).isTrue();
  }

  @Test
  void nestedLoopsFrontiers() {
    ProgressTracker tracker = new ProgressTracker(NestedLoops.reachability());
    // A message at the inner feedback, at epoch 2, outer iteration 1, inner iteration 4.
    tracker.apply(update(NestedLoops.FB_I_IN, t(2, 1, 4), 1));
    // Around the inner loop, or out, around the outer loop and in again (then around the inner once).
    assertThat(tracker.frontier(NestedLoops.HEAD_I_IN1).elements()).containsExactlyInAnyOrder(t(2, 1, 5), t(2, 2, 1));
    assertThat(tracker.frontier(NestedLoops.HEAD_O_IN1).elements()).containsExactly(t(2, 2));
    assertThat(tracker.frontier(NestedLoops.HEAD_I_IN0).elements()).containsExactly(t(2, 2, 0));
    assertThat(tracker.frontier(NestedLoops.SINK_IN).elements()).containsExactly(t(2));
    assertThat(tracker.frontier(NestedLoops.ING_O_IN).isEmpty()).isTrue();
  }

  @Test
  void listenersAreCalledOnlyWhenAFrontierOrCompletionChanges() {
    ProgressTracker tracker = new ProgressTracker(OneLoop.reachability());
    AtomicInteger calls = new AtomicInteger();
    tracker.addListener(calls::incrementAndGet);
    long v0 = tracker.version();

    tracker.apply(update(OneLoop.INGRESS_IN, t(0), 1));
    assertThat(calls).hasValue(1);
    long v1 = tracker.version();
    assertThat(v1).isGreaterThan(v0);

    // Behind the frontier everywhere: no frontier moves, completion does not change.
    tracker.apply(update(OneLoop.INGRESS_IN, t(1), 1));
    tracker.apply(update(OneLoop.INGRESS_IN, t(1), 1, OneLoop.SINK_IN, t(4), 1));
    assertThat(calls).hasValue(1);
    assertThat(tracker.version()).isEqualTo(v1);
    // Empty updates and updates that cancel within themselves change nothing either.
    tracker.apply(update());
    tracker.apply(update(OneLoop.BODY_IN0, t(0, 0), 1, OneLoop.BODY_IN0, t(0, 0), -1));
    assertThat(calls).hasValue(1);

    tracker.apply(update(OneLoop.INGRESS_IN, t(0), -1));
    assertThat(calls).hasValue(2);
    tracker.apply(update(OneLoop.INGRESS_IN, t(1), -2, OneLoop.SINK_IN, t(4), -1));
    assertThat(calls).hasValue(3);
    assertThat(tracker.isComplete()).isTrue();
  }

  @Test
  void transientNegativeCountsAtSeveralLocationsDoNotUnblockAnything() {
    ProgressTracker tracker = new ProgressTracker(OneLoop.reachability());
    tracker.apply(update(OneLoop.INGRESS_IN, t(0), 1)); // m0 waits at the ingress
    // What happened, each update holding a vertex's consumption and the sends it caused:
    ProgressUpdate ingress = update(OneLoop.INGRESS_IN, t(0), -1, OneLoop.BODY_IN0, t(0, 0), 1);
    ProgressUpdate body = update(OneLoop.BODY_IN0, t(0, 0), -1, OneLoop.FEEDBACK_IN, t(0, 0), 1,
        OneLoop.EGRESS_IN, t(0, 0), 1);
    ProgressUpdate feedback = update(OneLoop.FEEDBACK_IN, t(0, 0), -1, OneLoop.BODY_IN1, t(0, 1), 1);
    ProgressUpdate egress = update(OneLoop.EGRESS_IN, t(0, 0), -1, OneLoop.SINK_IN, t(0), 1);
    // ... reported in the reverse order: each consumer before its producer.
    for (ProgressUpdate u : new ProgressUpdate[] {egress, feedback, body}) {
      tracker.apply(u);
      assertThat(tracker.frontier(OneLoop.BODY_IN0).elements()).as("after %s", u).containsExactly(t(0, 0));
      assertThat(tracker.frontier(OneLoop.BODY_IN1).elements()).as("after %s", u).containsExactly(t(0, 1));
      assertThat(tracker.frontier(OneLoop.FEEDBACK_IN).elements()).as("after %s", u).containsExactly(t(0, 0));
      assertThat(tracker.frontier(OneLoop.EGRESS_IN).elements()).as("after %s", u).containsExactly(t(0, 0));
      assertThat(tracker.frontier(OneLoop.SINK_IN).elements()).as("after %s", u).containsExactly(t(0));
    }
    assertThat(tracker.count(OneLoop.BODY_IN0, t(0, 0))).isEqualTo(-1);
    assertThat(tracker.isComplete()).isFalse();
    tracker.apply(ingress);
    // Left: m4 at the body's second input at (0, 1), m5 at the sink at (0).
    assertThat(tracker.frontier(OneLoop.BODY_IN0).isEmpty()).isTrue();
    assertThat(tracker.frontier(OneLoop.BODY_IN1).elements()).containsExactly(t(0, 1));
    assertThat(tracker.frontier(OneLoop.FEEDBACK_IN).elements()).containsExactly(t(0, 1));
    assertThat(tracker.frontier(OneLoop.EGRESS_IN).elements()).containsExactly(t(0, 1));
    assertThat(tracker.frontier(OneLoop.SINK_IN).elements()).containsExactly(t(0));
    tracker.apply(update(OneLoop.BODY_IN1, t(0, 1), -1, OneLoop.SINK_IN, t(0), -1));
    assertThat(tracker.isComplete()).isTrue();
  }
}
