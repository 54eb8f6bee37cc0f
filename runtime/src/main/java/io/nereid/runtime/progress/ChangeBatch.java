package io.nereid.runtime.progress;

import io.nereid.runtime.time.Timestamp;
import org.eclipse.collections.impl.map.mutable.primitive.ObjectLongHashMap;

/**
 * Pointstamp count changes accumulated locally, with equal pointstamps combined (a send and
 * its consumption in the same round cancel out and never reach the tracker). Not thread-safe:
 * one per worker.
 */
public final class ChangeBatch {
  private final ObjectLongHashMap<Pointstamp> changes = new ObjectLongHashMap<>();

  public void update(int location, Timestamp time, long delta) {
    if (delta != 0) {
      changes.addToValue(new Pointstamp(location, time), delta);
    }
  }

  /** Whether no change is pending (after cancellation). */
  public boolean isEmpty() {
    if (changes.isEmpty()) {
      return true;
    }
    return !changes.anySatisfy(v -> v != 0);
  }

  /** The pending non-zero changes as one update; clears this batch. */
  public ProgressUpdate drain() {
    int n = changes.count(v -> v != 0);
    int[] locations = new int[n];
    Timestamp[] times = new Timestamp[n];
    long[] deltas = new long[n];
    int[] i = {0};
    changes.forEachKeyValue((p, d) -> {
      if (d != 0) {
        locations[i[0]] = p.location();
        times[i[0]] = p.time();
        deltas[i[0]] = d;
        i[0]++;
      }
    });
    changes.clear();
    return new ProgressUpdate(locations, times, deltas);
  }
}
