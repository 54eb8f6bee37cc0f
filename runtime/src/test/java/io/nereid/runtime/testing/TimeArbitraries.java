package io.nereid.runtime.testing;

import io.nereid.runtime.time.PathSummary;
import io.nereid.runtime.time.Timestamp;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of timestamps and path summaries with small coordinates, so that random
 * values are often comparable (equal, below, above) and the interesting cases of a partial
 * order come up.
 */
public final class TimeArbitraries {
  /** Largest coordinate generated. */
  public static final int MAX_COORDINATE = 3;
  /** Deepest timestamps generated (two nested loops and one more). */
  public static final int MAX_DEPTH = 3;

  private TimeArbitraries() {}

  /** Timestamps of exactly {@code depth} loop counters. */
  public static Arbitrary<Timestamp> timestamps(int depth) {
    return Combinators.combine(
            Arbitraries.longs().between(0, MAX_COORDINATE),
            Arbitraries.integers().between(0, MAX_COORDINATE).list().ofSize(depth))
        .as((epoch, counters) -> Timestamp.of(epoch, toArray(counters)));
  }

  /** {@code n} timestamps of one random depth in {@code [0, MAX_DEPTH]}. */
  public static Arbitrary<List<Timestamp>> sameDepth(int n) {
    return Arbitraries.integers().between(0, MAX_DEPTH).flatMap(d -> timestamps(d).list().ofSize(n));
  }

  /** Summaries that can apply to a timestamp of depth {@code depth} (at most {@code depth} pops). */
  public static Arbitrary<PathSummary> summaries(int depth) {
    return Arbitraries.integers().between(0, depth).flatMap(pops -> summaries(pops, null));
  }

  /**
   * Summaries with {@code pops} pops and, when {@code pushes} is not null, exactly that many
   * pushes (else 0 to 2).
   */
  public static Arbitrary<PathSummary> summaries(int pops, Integer pushes) {
    Arbitrary<Integer> pushCount = pushes == null ? Arbitraries.integers().between(0, 2) : Arbitraries.just(pushes);
    return pushCount.flatMap(n -> Combinators.combine(
            Arbitraries.integers().between(0, MAX_COORDINATE),
            Arbitraries.integers().between(0, MAX_COORDINATE).list().ofSize(n))
        .as((advance, ps) -> PathSummary.of(pops, advance, toArray(ps))));
  }

  public static int[] toArray(List<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).toArray();
  }
}
