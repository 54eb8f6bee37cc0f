package io.nereid.runtime.progress;

import io.nereid.runtime.time.Timestamp;
import java.util.Objects;

/**
 * A batch of pointstamp count changes, accumulated by one worker (or process) and applied to a
 * tracker atomically. This is the message that crosses process boundaries: it must be applied
 * whole and, per sender, in order.
 */
public final class ProgressUpdate {
  private final int[] locations;
  private final Timestamp[] times;
  private final long[] deltas;

  public ProgressUpdate(int[] locations, Timestamp[] times, long[] deltas) {
    if (locations.length != times.length || times.length != deltas.length) {
      throw new IllegalArgumentException("arrays of different lengths");
    }
    this.locations = locations;
    this.times = times;
    this.deltas = deltas;
  }

  public int size() {
    return locations.length;
  }

  public int location(int i) {
    return locations[i];
  }

  public Timestamp time(int i) {
    return times[i];
  }

  public long delta(int i) {
    return deltas[i];
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ProgressUpdate u) || u.size() != size()) {
      return false;
    }
    for (int i = 0; i < size(); i++) {
      if (u.locations[i] != locations[i] || u.deltas[i] != deltas[i] || !Objects.equals(u.times[i], times[i])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = 0;
    for (int i = 0; i < size(); i++) {
      h = h * 31 + locations[i] * 17 + times[i].hashCode() + Long.hashCode(deltas[i]);
    }
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ProgressUpdate[");
    for (int i = 0; i < size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(locations[i]).append('@').append(times[i])
          .append(deltas[i] >= 0 ? "+" : "").append(deltas[i]);
    }
    return sb.append(']').toString();
  }
}
