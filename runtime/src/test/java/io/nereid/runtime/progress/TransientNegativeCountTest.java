package io.nereid.runtime.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.runtime.time.PathSummary;
import io.nereid.runtime.time.Timestamp;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A consumer's decrement may reach the tracker before the producer's increment. The producer's
 * own pointstamp (the message or capability it consumed to send) is then still counted and must
 * keep blocking everything it could result in: a negative count at one location must never cancel
 * a positive count at another location.
 */
class TransientNegativeCountTest {
  // Locations: targets 0 = U.in, 1 = V.in; sources 2 = U.out, 3 = V.capability.
  private static final int U_IN = 0;
  private static final int V_IN = 1;
  private static final int U_OUT = 2;
  private static final int V_CAP = 3;

  private static ProgressTracker uThenV() {
    Reachability reach = Reachability.compute(4, new boolean[] {true, true, false, false}, List.of(
        new Reachability.Link(U_IN, U_OUT, PathSummary.IDENTITY),
        new Reachability.Link(U_OUT, V_IN, PathSummary.IDENTITY),
        new Reachability.Link(V_IN, V_CAP, PathSummary.IDENTITY)));
    return new ProgressTracker(reach);
  }

  private static ProgressUpdate update(int location, Timestamp time, long delta) {
    return new ProgressUpdate(new int[] {location}, new Timestamp[] {time}, new long[] {delta});
  }

  @Test
  void aConsumersEarlyDecrementDoesNotHideTheProducersPointstamp() {
    ProgressTracker tracker = uThenV();
    Timestamp t = Timestamp.of(0);
    // A message m0 waits at U: V may still receive records at t.
    tracker.apply(update(U_IN, t, +1));
    assertThat(tracker.blocks(V_IN, t)).isTrue();
    // U (worker A) consumed m0 and sent m and m' to V, but A has not published that yet.
    // V (worker B) consumed m and published its decrement first.
    tracker.apply(update(V_IN, t, -1));
    // m0 is still counted at U.in and could result in (V.in, t): m' may still arrive at V.
    assertThat(tracker.count(U_IN, t)).isEqualTo(1);
    assertThat(tracker.blocks(V_IN, t))
        .as("frontier of V.in after a transient -1 at V.in while U.in holds +1 (frontier = %s)", tracker.frontier(V_IN))
        .isTrue();
    // A publishes: m0 consumed, m and m' sent.
    tracker.apply(new ProgressUpdate(new int[] {U_IN, V_IN}, new Timestamp[] {t, t}, new long[] {-1, +2}));
    assertThat(tracker.blocks(V_IN, t)).isTrue();
    // V consumes m'.
    tracker.apply(update(V_IN, t, -1));
    assertThat(tracker.blocks(V_IN, t)).isFalse();
    assertThat(tracker.isComplete()).isTrue();
  }
}
