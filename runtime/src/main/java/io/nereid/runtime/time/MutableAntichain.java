package io.nereid.runtime.time;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.collections.impl.map.mutable.primitive.ObjectLongHashMap;

/**
 * A multiset of timestamps with signed counts, and its frontier: the minimal timestamps whose
 * accumulated count is positive.
 *
 * <p>Counts may go negative for a while: in the progress protocol a consumer's decrement can be
 * seen before the producer's increment. Such a timestamp is simply not in the frontier until the
 * increment arrives. Not thread-safe.
 */
public final class MutableAntichain {
  private final ObjectLongHashMap<Timestamp> counts = new ObjectLongHashMap<>();
  private Antichain<Timestamp> frontier = new Antichain<Timestamp>().freeze();

  /**
   * Adds {@code delta} to the count of {@code t}. Returns whether the frontier changed.
   */
  public boolean update(Timestamp t, long delta) {
    if (delta == 0) {
      return false;
    }
    long before = counts.get(t);
    long after = before + delta;
    if (after == 0) {
      counts.remove(t);
    } else {
      counts.put(t, after);
    }
    boolean wasPositive = before > 0;
    boolean isPositive = after > 0;
    if (wasPositive == isPositive) {
      return false;
    }
    if (isPositive) {
      if (frontier.lessEqual(t)) {
        return false;
      }
    } else if (!frontier.elements().contains(t)) {
      return false;
    }
    recompute();
    return true;
  }

  private void recompute() {
    List<Timestamp> positive = new ArrayList<>();
    counts.forEachKeyValue((t, c) -> {
      if (c > 0) {
        positive.add(t);
      }
    });
    positive.sort(null); // lexicographic order extends the product order: no later element is below an earlier one
    Antichain<Timestamp> next = new Antichain<>();
    for (Timestamp t : positive) {
      next.insert(t);
    }
    frontier = next.freeze();
  }

  /** The minimal timestamps with a positive count (immutable). */
  public Antichain<Timestamp> frontier() {
    return frontier;
  }

  public long count(Timestamp t) {
    return counts.get(t);
  }

  /** Number of timestamps with a non-zero count. */
  public int size() {
    return counts.size();
  }

  /** Whether every count is zero. */
  public boolean isEmpty() {
    return counts.isEmpty();
  }

  @Override
  public String toString() {
    return "MutableAntichain" + counts;
  }
}
