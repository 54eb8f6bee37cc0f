package io.nereid.runtime.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nereid.runtime.testing.TimeArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Path summaries: composition agrees with application, the order agrees with the times. */
class PathSummaryTest {

  /** A timestamp and two summaries that apply one after the other. */
  record Chain(Timestamp t, PathSummary a, PathSummary b, PathSummary c) {}

  /** A timestamp and two summaries of the same shape that both apply to it. */
  record SameShape(Timestamp t, PathSummary a, PathSummary b) {}

  @Provide
  Arbitrary<Chain> chains() {
    return Arbitraries.integers().between(0, TimeArbitraries.MAX_DEPTH).flatMap(d ->
        TimeArbitraries.timestamps(d).flatMap(t ->
            TimeArbitraries.summaries(d).flatMap(a ->
                TimeArbitraries.summaries(a.resultDepth(d)).flatMap(b ->
                    TimeArbitraries.summaries(b.resultDepth(a.resultDepth(d))).map(c -> new Chain(t, a, b, c))))));
  }

  @Provide
  Arbitrary<SameShape> sameShape() {
    return Arbitraries.integers().between(0, TimeArbitraries.MAX_DEPTH).flatMap(d ->
        Combinators.combine(Arbitraries.integers().between(0, d), Arbitraries.integers().between(0, 2))
            .flatAs((pops, pushes) -> Combinators.combine(
                    TimeArbitraries.timestamps(d),
                    TimeArbitraries.summaries(pops, pushes),
                    TimeArbitraries.summaries(pops, pushes))
                .as(SameShape::new)));
  }

  @Property(tries = 300)
  void applyingACompositionAppliesOneThenTheOther(@ForAll("chains") Chain ch) {
    Timestamp viaSteps = ch.b().apply(ch.a().apply(ch.t()));
    PathSummary composed = ch.a().then(ch.b());
    assertThat(composed.apply(ch.t())).as("%s then %s = %s on %s", ch.a(), ch.b(), composed, ch.t()).isEqualTo(viaSteps);
    assertThat(composed.resultDepth(ch.t().depth())).isEqualTo(viaSteps.depth());
  }

  @Property(tries = 300)
  void compositionIsAssociative(@ForAll("chains") Chain ch) {
    PathSummary left = ch.a().then(ch.b()).then(ch.c());
    PathSummary right = ch.a().then(ch.b().then(ch.c()));
    assertThat(left.apply(ch.t())).isEqualTo(right.apply(ch.t()));
    assertThat(left).isEqualTo(right);
  }

  @Property(tries = 300)
  void theIdentityIsNeutral(@ForAll("chains") Chain ch) {
    assertThat(PathSummary.IDENTITY.then(ch.a())).isEqualTo(ch.a());
    assertThat(ch.a().then(PathSummary.IDENTITY)).isEqualTo(ch.a());
    assertThat(PathSummary.IDENTITY.apply(ch.t())).isEqualTo(ch.t());
  }

  @Property
  void theOrderOfSummariesIsTheOrderOfTheirResults(@ForAll("sameShape") SameShape s) {
    Timestamp ta = s.a().apply(s.t());
    Timestamp tb = s.b().apply(s.t());
    // For summaries of one shape, a <= b iff a(t) <= b(t), whatever t is.
    assertThat(ta.lessEqual(tb)).as("%s <= %s on %s", s.a(), s.b(), s.t()).isEqualTo(s.a().lessEqual(s.b()));
  }

  @Property
  void theOrderIsAPartialOrder(@ForAll("sameShape") SameShape s) {
    assertThat(s.a().lessEqual(s.a())).isTrue();
    if (s.a().lessEqual(s.b()) && s.b().lessEqual(s.a())) {
      assertThat(s.a()).isEqualTo(s.b()).hasSameHashCodeAs(s.b());
    }
  }

  @Property(tries = 300)
  void aSummaryNeverMovesATimeBackwards(@ForAll("chains") Chain ch) {
    // Pops and pushes change the depth, so compare on the coordinates both times still have.
    PathSummary s = ch.a();
    Timestamp r = s.apply(ch.t());
    int kept = ch.t().depth() - s.pops();
    for (int i = 0; i < kept; i++) {
      assertThat(r.coordinate(i)).isEqualTo(ch.t().coordinate(i));
    }
    assertThat(r.coordinate(kept)).isEqualTo(ch.t().coordinate(kept) + s.advance());
  }

  @Example
  void summariesOfDifferentShapesAreIncomparable() {
    assertThat(PathSummary.IDENTITY.lessEqual(PathSummary.INGRESS)).isFalse();
    assertThat(PathSummary.INGRESS.lessEqual(PathSummary.IDENTITY)).isFalse();
    assertThat(PathSummary.EGRESS.lessEqual(PathSummary.IDENTITY)).isFalse();
    assertThat(PathSummary.IDENTITY.lessEqual(PathSummary.FEEDBACK)).isTrue();
    assertThat(PathSummary.FEEDBACK.lessEqual(PathSummary.IDENTITY)).isFalse();
  }

  @Example
  void theLoopSummaries() {
    Timestamp t = Timestamp.of(3, 1);
    assertThat(PathSummary.INGRESS.apply(t)).isEqualTo(Timestamp.of(3, 1, 0));
    assertThat(PathSummary.EGRESS.apply(t)).isEqualTo(Timestamp.of(3));
    assertThat(PathSummary.FEEDBACK.apply(t)).isEqualTo(Timestamp.of(3, 2));
    assertThat(PathSummary.IDENTITY.apply(t)).isSameAs(t);
    assertThat(PathSummary.FEEDBACK.apply(Timestamp.of(3))).isEqualTo(Timestamp.of(4));

    assertThat(PathSummary.INGRESS).isEqualTo(PathSummary.of(0, 0, 0));
    assertThat(PathSummary.EGRESS).isEqualTo(PathSummary.of(1, 0));
    assertThat(PathSummary.FEEDBACK).isEqualTo(PathSummary.of(0, 1));
    assertThat(PathSummary.INGRESS.resultDepth(1)).isEqualTo(2);
    assertThat(PathSummary.EGRESS.resultDepth(1)).isZero();
  }

  @Example
  void compositionsAroundLoops() {
    // Enter, go around twice, leave: the loop counter is gone, nothing else moved.
    PathSummary around = PathSummary.INGRESS.then(PathSummary.FEEDBACK).then(PathSummary.FEEDBACK);
    assertThat(around).isEqualTo(PathSummary.of(0, 0, 2));
    assertThat(around.then(PathSummary.EGRESS)).isEqualTo(PathSummary.IDENTITY);
    // Leave an inner loop, then go around the outer one.
    assertThat(PathSummary.EGRESS.then(PathSummary.FEEDBACK)).isEqualTo(PathSummary.of(1, 1));
    // Feedback then leave: the increment is dropped with the counter.
    assertThat(PathSummary.FEEDBACK.then(PathSummary.EGRESS)).isEqualTo(PathSummary.EGRESS);
    // Enter two loops, then leave both.
    assertThat(PathSummary.INGRESS.then(PathSummary.INGRESS).then(PathSummary.EGRESS).then(PathSummary.EGRESS))
        .isEqualTo(PathSummary.IDENTITY);
    assertThat(PathSummary.of(1, 2, 5).apply(Timestamp.of(0, 1, 7))).isEqualTo(Timestamp.of(0, 3, 5));
  }

  @Example
  void strictlyAdvances() {
    assertThat(PathSummary.FEEDBACK.strictlyAdvances()).isTrue();
    assertThat(PathSummary.IDENTITY.strictlyAdvances()).isFalse();
    assertThat(PathSummary.of(1, 1).strictlyAdvances()).isTrue();
    // Around the inner loop's feedback and out of it: the increment is lost, the cycle does not advance.
    assertThat(PathSummary.FEEDBACK.then(PathSummary.EGRESS).then(PathSummary.INGRESS).strictlyAdvances()).isFalse();
    assertThat(PathSummary.EGRESS.then(PathSummary.FEEDBACK).then(PathSummary.INGRESS).strictlyAdvances()).isTrue();
  }

  @Property
  void aCycleThatStrictlyAdvancesMovesEveryTimeUpLexicographically(@ForAll("sameShape") SameShape s) {
    // A cycle returns to the depth it started at (pops == pushes). Leaving loops resets their
    // counters, so the time need not grow in the product order, but it grows lexicographically:
    // that is why going around a cycle can never reach the same time again.
    PathSummary cycle = PathSummary.of(s.a().pops(), s.a().advance(), new int[s.a().pops()]);
    Timestamp t = s.t();
    Timestamp r = cycle.apply(t);
    assertThat(r.depth()).isEqualTo(t.depth());
    if (cycle.strictlyAdvances()) {
      assertThat(r.compareTo(t)).as("%s on %s = %s", cycle, t, r).isPositive();
    } else {
      assertThat(r.lessEqual(t)).isTrue();
    }
  }

  @Example
  void invalidSummariesAndApplications() {
    assertThatThrownBy(() -> PathSummary.of(-1, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(">= 0");
    assertThatThrownBy(() -> PathSummary.of(0, -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(">= 0");
    assertThatThrownBy(() -> PathSummary.EGRESS.apply(Timestamp.of(2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot apply to (2)");
    assertThatThrownBy(() -> PathSummary.of(2, 0).apply(Timestamp.of(0, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Example
  void pushesAreCopied() {
    int[] pushes = {1, 2};
    PathSummary s = PathSummary.of(0, 0, pushes);
    pushes[0] = 9;
    assertThat(s.apply(Timestamp.of(0))).isEqualTo(Timestamp.of(0, 1, 2));
    assertThat(s.pushCount()).isEqualTo(2);
  }
}
