package io.nereid.runtime.progress;

import io.nereid.runtime.time.Antichain;
import io.nereid.runtime.time.MutableAntichain;
import io.nereid.runtime.time.PathSummary;
import io.nereid.runtime.time.Timestamp;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/**
 * The progress state of one process: the accumulated occurrence count of every pointstamp, and
 * for every target the frontier of times that could still arrive there.
 *
 * <p>Workers (and, across processes, remote peers) apply {@link ProgressUpdate}s atomically.
 * Counts are kept per location; what propagates is the <em>frontier</em> of each location's
 * counts (its minimal times with a positive count): when an element enters or leaves the
 * frontier of location {@code l}, the implied time {@code s(t)} gains or loses one at every
 * target reachable from {@code l}, for every minimal summary {@code s}. The frontier of a target
 * is the set of minimal implied times: a vertex may be notified at {@code t} once no frontier
 * element of its inputs is {@code <= t}.
 *
 * <p>Safety rests on the order of updates, not on their promptness: a worker applies, in one
 * update, the increments for the messages it sent together with the decrement of the capability
 * or message that let it send them. A consumer's decrement may be seen before the producer's
 * increment, so a count can go negative for a while; a negative count is simply not in its
 * location's frontier, and the producer's capability, still counted, implies everything the
 * message implies. (Summing raw counts of different locations into one implied count would be
 * wrong: a transient -1 at one location could cancel a real +1 at another.)
 *
 * <p>Frontiers are published as immutable snapshots behind a volatile version, so workers read
 * them without locking. Thread-safe.
 */
public final class ProgressTracker {
  private final Reachability reach;
  private final MutableAntichain[] pointstamps;
  private final MutableAntichain[] implications;
  private final Antichain<Timestamp>[] frontiers;
  private long nonZero; // pointstamps with a non-zero count, over all locations
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private final boolean[] dirty;
  private volatile long version;
  private volatile boolean complete;

  @SuppressWarnings("unchecked")
  public ProgressTracker(Reachability reach) {
    this.reach = Objects.requireNonNull(reach, "reach");
    int n = reach.locations();
    pointstamps = new MutableAntichain[n];
    implications = new MutableAntichain[n];
    frontiers = new Antichain[n];
    dirty = new boolean[n];
    Antichain<Timestamp> empty = new Antichain<Timestamp>().freeze();
    for (int i = 0; i < n; i++) {
      pointstamps[i] = new MutableAntichain();
      implications[i] = new MutableAntichain();
      frontiers[i] = empty;
    }
    complete = true;
  }

  /** Called (on the updating thread) after every update that changed a frontier or completion. */
  public void addListener(Runnable listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /** Applies an update atomically. */
  public void apply(ProgressUpdate update) {
    if (update.size() == 0) {
      return;
    }
    boolean changed = false;
    synchronized (this) {
      for (int i = 0; i < update.size(); i++) {
        int location = update.location(i);
        Timestamp time = update.time(i);
        long delta = update.delta(i);
        MutableAntichain counts = pointstamps[location];
        Antichain<Timestamp> before = counts.frontier();
        int sizeBefore = counts.size();
        boolean frontierChanged = counts.update(time, delta);
        nonZero += counts.size() - sizeBefore;
        if (frontierChanged) {
          Antichain<Timestamp> after = pointstamps[location].frontier();
          for (Timestamp gone : before.elements()) {
            if (!after.elements().contains(gone)) {
              changed |= propagate(location, gone, -1);
            }
          }
          for (Timestamp added : after.elements()) {
            if (!before.elements().contains(added)) {
              changed |= propagate(location, added, 1);
            }
          }
        }
      }
      if (changed) {
        for (int t = 0; t < dirty.length; t++) {
          if (dirty[t]) {
            dirty[t] = false;
            frontiers[t] = implications[t].frontier();
          }
        }
      }
      boolean nowComplete = nonZero == 0;
      if (nowComplete != complete) {
        complete = nowComplete;
        changed = true;
      }
      if (changed) {
        version++;
        notifyAll();
      }
    }
    if (changed) {
      for (Runnable l : listeners) {
        l.run();
      }
    }
  }

  /** Adds {@code delta} at every time implied by {@code (location, time)}; returns whether a frontier changed. */
  private boolean propagate(int location, Timestamp time, long delta) {
    boolean changed = false;
    int[] targets = reach.targets(location);
    for (int k = 0; k < targets.length; k++) {
      int target = targets[k];
      for (PathSummary s : reach.summaries(location, k)) {
        if (implications[target].update(s.apply(time), delta)) {
          dirty[target] = true;
          changed = true;
        }
      }
    }
    return changed;
  }

  /** The frontier at {@code target}: an immutable snapshot. */
  public Antichain<Timestamp> frontier(int target) {
    return frontiers[target];
  }

  /** Whether some time {@code <= t} could still arrive at {@code target}. */
  public boolean blocks(int target, Timestamp t) {
    return frontiers[target].lessEqual(t);
  }

  /** Increases whenever a frontier or completion changes. */
  public long version() {
    return version;
  }

  /** Whether every pointstamp count is zero: nothing can happen any more. */
  public boolean isComplete() {
    return complete;
  }

  /** The current count of a pointstamp (for tests and diagnostics). */
  public synchronized long count(int location, Timestamp time) {
    return pointstamps[location].count(time);
  }

  /** The locations with non-zero counts and their counts, for diagnostics: {@code location -> counts}. */
  public synchronized java.util.Map<Integer, String> describeCounts() {
    java.util.Map<Integer, String> m = new java.util.TreeMap<>();
    for (int l = 0; l < pointstamps.length; l++) {
      if (!pointstamps[l].isEmpty()) {
        m.put(l, pointstamps[l].toString());
      }
    }
    return m;
  }

  /** Wakes threads blocked in {@link #await}, e.g. after a failure. */
  public synchronized void poke() {
    notifyAll();
  }

  /**
   * Blocks until {@code condition} holds or {@code abort} does, re-checking after every change.
   * Returns the final value of {@code condition}.
   */
  public synchronized boolean await(BooleanSupplier condition, BooleanSupplier abort) throws InterruptedException {
    while (!condition.getAsBoolean()) {
      if (abort.getAsBoolean()) {
        return false;
      }
      wait(100);
    }
    return true;
  }
}
