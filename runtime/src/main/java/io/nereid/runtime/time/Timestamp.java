package io.nereid.runtime.time;

import java.util.Arrays;

/**
 * A logical time: an epoch plus one counter per enclosing loop (outermost first).
 *
 * <p>Timestamps of the same depth are partially ordered as a product: {@code a <= b} when every
 * coordinate of {@code a} is at most the matching coordinate of {@code b}. They form a lattice
 * ({@link #join}, {@link #meet}). {@link #compareTo} is a total (lexicographic) order that
 * extends the partial order; it is used to sort, never to decide progress.
 *
 * <p>Immutable. Timestamps are created per batch, not per record.
 */
public final class Timestamp implements PartialOrder<Timestamp>, Comparable<Timestamp> {
  private static final int[] NO_COUNTERS = new int[0];
  private static final Timestamp[] SMALL_EPOCHS = new Timestamp[256];

  static {
    for (int i = 0; i < SMALL_EPOCHS.length; i++) {
      SMALL_EPOCHS[i] = new Timestamp(i, NO_COUNTERS);
    }
  }

  private final long epoch;
  private final int[] counters;
  private final int hash;

  private Timestamp(long epoch, int[] counters) {
    this.epoch = epoch;
    this.counters = counters;
    this.hash = 31 * Long.hashCode(epoch) + Arrays.hashCode(counters);
  }

  /** The timestamp at {@code epoch} with the given loop counters (outermost first). */
  public static Timestamp of(long epoch, int... counters) {
    if (epoch < 0) {
      throw new IllegalArgumentException("epoch must be >= 0, was " + epoch);
    }
    for (int c : counters) {
      if (c < 0) {
        throw new IllegalArgumentException("loop counters must be >= 0: " + Arrays.toString(counters));
      }
    }
    if (counters.length == 0) {
      return epoch < SMALL_EPOCHS.length ? SMALL_EPOCHS[(int) epoch] : new Timestamp(epoch, NO_COUNTERS);
    }
    return new Timestamp(epoch, counters.clone());
  }

  /** The least timestamp of the given depth: epoch 0, every counter 0. */
  public static Timestamp minimum(int depth) {
    return depth == 0 ? SMALL_EPOCHS[0] : new Timestamp(0, new int[depth]);
  }

  public long epoch() {
    return epoch;
  }

  /** Number of loop counters: 0 outside any loop. */
  public int depth() {
    return counters.length;
  }

  /** The counter of loop {@code level}, 0 being the outermost loop. */
  public int counter(int level) {
    if (level < 0 || level >= counters.length) {
      throw new IllegalArgumentException("timestamp " + this + " has no loop counter " + level);
    }
    return counters[level];
  }

  /** The counter of the innermost loop. */
  public int inner() {
    if (counters.length == 0) {
      throw new IllegalStateException("timestamp " + this + " is not inside a loop: it has no loop counter");
    }
    return counters[counters.length - 1];
  }

  /** Coordinate {@code i}: 0 is the epoch, {@code i > 0} the counter of loop {@code i - 1}. */
  public long coordinate(int i) {
    return i == 0 ? epoch : counters[i - 1];
  }

  /** Entering a loop: appends a counter with value {@code value}. */
  public Timestamp push(int value) {
    if (value < 0) {
      throw new IllegalArgumentException("loop counters must be >= 0, cannot enter a loop at " + value);
    }
    int[] next = Arrays.copyOf(counters, counters.length + 1);
    next[counters.length] = value;
    return new Timestamp(epoch, next);
  }

  /** Leaving a loop: drops the innermost counter. */
  public Timestamp pop() {
    if (counters.length == 0) {
      throw new IllegalStateException("cannot leave a loop at depth 0: " + this);
    }
    return counters.length == 1 ? of(epoch) : new Timestamp(epoch, Arrays.copyOf(counters, counters.length - 1));
  }

  /** Adds {@code n} to the innermost coordinate (the epoch at depth 0). */
  public Timestamp advanceInner(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("times only advance: cannot add " + n + " to " + this);
    }
    if (n == 0) {
      return this;
    }
    if (counters.length == 0) {
      return of(Math.addExact(epoch, n));
    }
    int[] next = counters.clone();
    next[next.length - 1] = Math.addExact(next[next.length - 1], n);
    return new Timestamp(epoch, next);
  }

  /** The feedback step: the innermost loop counter plus one. */
  public Timestamp increment() {
    return advanceInner(1);
  }

  /** The same counters at another epoch. */
  public Timestamp withEpoch(long newEpoch) {
    if (newEpoch < 0) {
      throw new IllegalArgumentException("epoch must be >= 0, was " + newEpoch);
    }
    return counters.length == 0 ? of(newEpoch) : new Timestamp(newEpoch, counters);
  }

  @Override
  public boolean lessEqual(Timestamp other) {
    checkDepth(other);
    if (epoch > other.epoch) {
      return false;
    }
    for (int i = 0; i < counters.length; i++) {
      if (counters[i] > other.counters[i]) {
        return false;
      }
    }
    return true;
  }

  /** Strictly less in the product order. */
  public boolean lessThan(Timestamp other) {
    return lessEqual(other) && !equals(other);
  }

  /** Least upper bound: the coordinate-wise maximum. */
  public Timestamp join(Timestamp other) {
    checkDepth(other);
    int[] next = new int[counters.length];
    for (int i = 0; i < next.length; i++) {
      next[i] = Math.max(counters[i], other.counters[i]);
    }
    long e = Math.max(epoch, other.epoch);
    return next.length == 0 ? of(e) : new Timestamp(e, next);
  }

  /** Greatest lower bound: the coordinate-wise minimum. */
  public Timestamp meet(Timestamp other) {
    checkDepth(other);
    int[] next = new int[counters.length];
    for (int i = 0; i < next.length; i++) {
      next[i] = Math.min(counters[i], other.counters[i]);
    }
    long e = Math.min(epoch, other.epoch);
    return next.length == 0 ? of(e) : new Timestamp(e, next);
  }

  private void checkDepth(Timestamp other) {
    if (other.counters.length != counters.length) {
      throw new IllegalArgumentException("timestamps of different depths: " + this + " and " + other);
    }
  }

  @Override
  public int compareTo(Timestamp other) {
    int c = Long.compare(epoch, other.epoch);
    if (c != 0) {
      return c;
    }
    int n = Math.min(counters.length, other.counters.length);
    for (int i = 0; i < n; i++) {
      c = Integer.compare(counters[i], other.counters[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(counters.length, other.counters.length);
  }

  @Override
  public boolean equals(Object o) {
    return this == o
        || (o instanceof Timestamp t && t.hash == hash && t.epoch == epoch && Arrays.equals(t.counters, counters));
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /** {@code (epoch, c0, c1)}; just {@code (epoch)} at depth 0. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append('(').append(epoch);
    for (int c : counters) {
      sb.append(", ").append(c);
    }
    return sb.append(')').toString();
  }
}
