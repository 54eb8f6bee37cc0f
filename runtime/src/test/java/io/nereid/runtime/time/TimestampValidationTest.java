package io.nereid.runtime.time;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Loop counters are never negative: {@link Timestamp#of} refuses them, and so must every other
 * way of making a timestamp or a summary that makes one.
 */
class TimestampValidationTest {

  @Test
  void pushRefusesANegativeCounter() {
    assertThatThrownBy(() -> Timestamp.of(0).push(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void advanceInnerRefusesANegativeStep() {
    assertThatThrownBy(() -> Timestamp.of(0, 0).advanceInner(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Timestamp.of(0).advanceInner(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withEpochRefusesANegativeEpoch() {
    assertThatThrownBy(() -> Timestamp.of(0, 1).withEpoch(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void summariesRefuseNegativePushes() {
    assertThatThrownBy(() -> PathSummary.of(0, 0, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void countersOutsideTheDepthAreRefusedWithAMessage() {
    // Today: ArrayIndexOutOfBoundsException "Index 0 out of bounds for length 0", naming no time.
    assertThatThrownBy(() -> Timestamp.of(3).inner()).hasMessageContaining("(3)");
    assertThatThrownBy(() -> Timestamp.of(3, 1).counter(1)).hasMessageContaining("(3, 1)");
  }
}
