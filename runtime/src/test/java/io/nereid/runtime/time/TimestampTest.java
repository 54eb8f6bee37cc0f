package io.nereid.runtime.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nereid.runtime.testing.TimeArbitraries;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The product partial order, its lexicographic extension, the lattice, and the loop operations. */
class TimestampTest {

  @Provide
  Arbitrary<List<Timestamp>> three() {
    return TimeArbitraries.sameDepth(3);
  }

  // --- partial order ---

  @Property
  void theOrderIsReflexive(@ForAll("three") List<Timestamp> ts) {
    Timestamp a = ts.get(0);
    assertThat(a.lessEqual(a)).isTrue();
    assertThat(a.lessThan(a)).isFalse();
  }

  @Property
  void theOrderIsAntisymmetric(@ForAll("three") List<Timestamp> ts) {
    Timestamp a = ts.get(0);
    Timestamp b = ts.get(1);
    if (a.lessEqual(b) && b.lessEqual(a)) {
      assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }
  }

  @Property
  void theOrderIsTransitive(@ForAll("three") List<Timestamp> ts) {
    Timestamp a = ts.get(0);
    Timestamp b = ts.get(1);
    Timestamp c = ts.get(2);
    if (a.lessEqual(b) && b.lessEqual(c)) {
      assertThat(a.lessEqual(c)).isTrue();
    }
  }

  @Property
  void theOrderIsTheProductOfTheCoordinates(@ForAll("three") List<Timestamp> ts) {
    Timestamp a = ts.get(0);
    Timestamp b = ts.get(1);
    boolean product = true;
    for (int i = 0; i <= a.depth(); i++) {
      product &= a.coordinate(i) <= b.coordinate(i);
    }
    assertThat(a.lessEqual(b)).isEqualTo(product);
    assertThat(a.lessThan(b)).isEqualTo(product && !a.equals(b));
  }

  @Example
  void incomparableTimes() {
    Timestamp a = Timestamp.of(0, 5);
    Timestamp b = Timestamp.of(1, 0);
    assertThat(a.lessEqual(b)).isFalse();
    assertThat(b.lessEqual(a)).isFalse();
    assertThat(a.compareTo(b)).isNegative();
  }

  // --- the total order ---

  @Property
  void compareToExtendsThePartialOrder(@ForAll("three") List<Timestamp> ts) {
    Timestamp a = ts.get(0);
    Timestamp b = ts.get(1);
    if (a.lessEqual(b)) {
      assertThat(a.compareTo(b)).isLessThanOrEqualTo(0);
    }
    if (a.lessThan(b)) {
      assertThat(a.compareTo(b)).isNegative();
    }
  }

  @Property
  void compareToIsATotalOrderConsistentWithEquals(@ForAll("three") List<Timestamp> ts) {
    Timestamp a = ts.get(0);
    Timestamp b = ts.get(1);
    Timestamp c = ts.get(2);
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
      assertThat(a.compareTo(c)).isLessThanOrEqualTo(0);
    }
  }

  @Property
  void compareToIsLexicographic(@ForAll("three") List<Timestamp> ts) {
    Timestamp a = ts.get(0);
    Timestamp b = ts.get(1);
    int expected = 0;
    for (int i = 0; i <= a.depth() && expected == 0; i++) {
      expected = Long.compare(a.coordinate(i), b.coordinate(i));
    }
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(expected);
  }

  @Example
  void compareToOrdersShallowerTimesFirstWhenOnePrefixesTheOther() {
    assertThat(Timestamp.of(1).compareTo(Timestamp.of(1, 0))).isNegative();
    assertThat(Timestamp.of(1, 0).compareTo(Timestamp.of(1))).isPositive();
    assertThat(Timestamp.of(2).compareTo(Timestamp.of(1, 7))).isPositive();
  }

  // --- lattice ---

  @Property
  void joinIsTheLeastUpperBound(@ForAll("three") List<Timestamp> ts) {
    Timestamp a = ts.get(0);
    Timestamp b = ts.get(1);
    Timestamp c = ts.get(2);
    Timestamp j = a.join(b);
    assertThat(a.lessEqual(j)).isTrue();
    assertThat(b.lessEqual(j)).isTrue();
    if (a.lessEqual(c) && b.lessEqual(c)) {
      assertThat(j.lessEqual(c)).as("%s join %s = %s <= upper bound %s", a, b, j, c).isTrue();
    }
  }

  @Property
  void meetIsTheGreatestLowerBound(@ForAll("three") List<Timestamp> ts) {
    Timestamp a = ts.get(0);
    Timestamp b = ts.get(1);
    Timestamp c = ts.get(2);
    Timestamp m = a.meet(b);
    assertThat(m.lessEqual(a)).isTrue();
    assertThat(m.lessEqual(b)).isTrue();
    if (c.lessEqual(a) && c.lessEqual(b)) {
      assertThat(c.lessEqual(m)).as("lower bound %s <= %s meet %s = %s", c, a, b, m).isTrue();
    }
  }

  @Property
  void latticeLaws(@ForAll("three") List<Timestamp> ts) {
    Timestamp a = ts.get(0);
    Timestamp b = ts.get(1);
    Timestamp c = ts.get(2);
    assertThat(a.join(b)).isEqualTo(b.join(a));
    assertThat(a.meet(b)).isEqualTo(b.meet(a));
    assertThat(a.join(b).join(c)).isEqualTo(a.join(b.join(c)));
    assertThat(a.meet(b).meet(c)).isEqualTo(a.meet(b.meet(c)));
    assertThat(a.join(a)).isEqualTo(a);
    assertThat(a.meet(a)).isEqualTo(a);
    assertThat(a.join(a.meet(b))).isEqualTo(a);
    assertThat(a.meet(a.join(b))).isEqualTo(a);
    assertThat(a.lessEqual(b)).isEqualTo(a.join(b).equals(b)).isEqualTo(a.meet(b).equals(a));
    assertThat(a.join(b).hashCode()).isEqualTo(b.join(a).hashCode());
  }

  @Example
  void joinAndMeetAreCoordinateWise() {
    assertThat(Timestamp.of(1, 5, 0).join(Timestamp.of(2, 3, 4))).isEqualTo(Timestamp.of(2, 5, 4));
    assertThat(Timestamp.of(1, 5, 0).meet(Timestamp.of(2, 3, 4))).isEqualTo(Timestamp.of(1, 3, 0));
    assertThat(Timestamp.of(7).join(Timestamp.of(300))).isEqualTo(Timestamp.of(300));
  }

  // --- loop operations ---

  @Property
  void pushThenPopIsTheIdentity(@ForAll("three") List<Timestamp> ts) {
    Timestamp a = ts.get(0);
    Timestamp pushed = a.push(2);
    assertThat(pushed.depth()).isEqualTo(a.depth() + 1);
    assertThat(pushed.inner()).isEqualTo(2);
    assertThat(pushed.epoch()).isEqualTo(a.epoch());
    assertThat(pushed.pop()).isEqualTo(a).hasSameHashCodeAs(a);
  }

  @Property
  void incrementAdvancesOnlyTheInnermostCoordinate(@ForAll("three") List<Timestamp> ts) {
    Timestamp a = ts.get(0);
    Timestamp next = a.increment();
    assertThat(a.lessThan(next)).isTrue();
    for (int i = 0; i < a.depth(); i++) {
      assertThat(next.coordinate(i)).isEqualTo(a.coordinate(i));
    }
    assertThat(next.coordinate(a.depth())).isEqualTo(a.coordinate(a.depth()) + 1);
    assertThat(a.advanceInner(3)).isEqualTo(a.increment().increment().increment());
    assertThat(a.advanceInner(0)).isSameAs(a);
  }

  @Example
  void loopOperationsOnExamples() {
    Timestamp t = Timestamp.of(4, 1, 2);
    assertThat(t.depth()).isEqualTo(2);
    assertThat(t.epoch()).isEqualTo(4);
    assertThat(t.counter(0)).isEqualTo(1);
    assertThat(t.counter(1)).isEqualTo(2);
    assertThat(t.inner()).isEqualTo(2);
    assertThat(t.increment()).isEqualTo(Timestamp.of(4, 1, 3));
    assertThat(t.pop()).isEqualTo(Timestamp.of(4, 1));
    assertThat(t.pop().pop()).isEqualTo(Timestamp.of(4));
    assertThat(t.push(0)).isEqualTo(Timestamp.of(4, 1, 2, 0));
    assertThat(t.withEpoch(9)).isEqualTo(Timestamp.of(9, 1, 2));
    assertThat(Timestamp.of(4).increment()).isEqualTo(Timestamp.of(5));
    assertThat(Timestamp.minimum(2)).isEqualTo(Timestamp.of(0, 0, 0));
    assertThat(Timestamp.minimum(0)).isEqualTo(Timestamp.of(0));
    assertThat(t).hasToString("(4, 1, 2)");
    assertThat(Timestamp.of(300)).isEqualTo(Timestamp.of(300)).hasToString("(300)");
  }

  @Property
  void theMinimumIsBelowEverything(@ForAll("three") List<Timestamp> ts) {
    Timestamp a = ts.get(0);
    assertThat(Timestamp.minimum(a.depth()).lessEqual(a)).isTrue();
  }

  @Example
  void countersAreCopiedOnCreation() {
    int[] counters = {1, 2};
    Timestamp t = Timestamp.of(0, counters);
    counters[0] = 9;
    assertThat(t).isEqualTo(Timestamp.of(0, 1, 2));
  }

  // --- invalid arguments and depth checks ---

  @Example
  void timesOfDifferentDepthsAreNotCompared() {
    Timestamp shallow = Timestamp.of(1);
    Timestamp deep = Timestamp.of(1, 0);
    assertThatThrownBy(() -> shallow.lessEqual(deep))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different depths").hasMessageContaining("(1)").hasMessageContaining("(1, 0)");
    assertThatThrownBy(() -> deep.join(shallow)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> deep.meet(shallow)).isInstanceOf(IllegalArgumentException.class);
    assertThat(shallow).isNotEqualTo(deep);
  }

  @Example
  void negativeCoordinatesAreRefused() {
    assertThatThrownBy(() -> Timestamp.of(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("epoch must be >= 0");
    assertThatThrownBy(() -> Timestamp.of(0, 1, -2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loop counters must be >= 0");
  }

  @Example
  void poppingAtTheRootIsRefused() {
    assertThatThrownBy(() -> Timestamp.of(3).pop())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("depth 0");
  }

  @Example
  void advancingPastTheLargestCounterOverflowsLoudly() {
    assertThatThrownBy(() -> Timestamp.of(0, Integer.MAX_VALUE).increment()).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Timestamp.of(Long.MAX_VALUE).increment()).isInstanceOf(ArithmeticException.class);
  }
}
