package io.nereid.runtime.exec;

import io.nereid.runtime.progress.ChangeBatch;
import io.nereid.runtime.progress.ProgressTracker;
import java.util.concurrent.locks.LockSupport;

/**
 * A worker thread: runs one vertex of every stage, round after round. A round steps every
 * vertex (messages, then ready notifications) and then publishes the round's progress changes
 * to the tracker in one update. With nothing to do, the worker spins briefly (for latency) and
 * then parks until a message arrives, a frontier changes or the computation stops.
 */
final class Worker implements Runnable {
  /** How long an idle worker yields before it parks. */
  private static final long YIELD_NANOS = 1_000_000;

  private final int index;
  private final Computation computation;
  private final ProgressTracker tracker;
  private final ChangeBatch progress = new ChangeBatch();
  private final BatchPool pool = new BatchPool();
  private final long spinNanos;
  private VertexRunner[] runners;
  private volatile boolean parked;
  private volatile Thread thread;
  private long roundVersion;

  Worker(int index, Computation computation, ProgressTracker tracker, long spinNanos) {
    this.index = index;
    this.computation = computation;
    this.tracker = tracker;
    this.spinNanos = spinNanos;
  }

  void setRunners(VertexRunner[] runners) {
    this.runners = runners;
  }

  /** The global index of this worker, across processes. */
  int index() {
    return index;
  }

  ChangeBatch progress() {
    return progress;
  }

  BatchPool pool() {
    return pool;
  }

  VertexRunner runner(int stage) {
    return runners[stage];
  }

  void start(Thread t) {
    thread = t;
    t.start();
  }

  Thread thread() {
    return thread;
  }

  /** Unparks the worker if it is parked; cheap otherwise. */
  void wake() {
    if (parked) {
      LockSupport.unpark(thread);
    }
  }

  @Override
  public void run() {
    try {
      while (!computation.stopping()) {
        roundVersion = tracker.version();
        boolean did = false;
        for (VertexRunner r : runners) {
          did |= r.step();
        }
        if (!progress.isEmpty()) {
          computation.publish(progress.drain());
          did = true;
        }
        if (!did) {
          if (tracker.isComplete() && mailboxesEmpty()) {
            break;
          }
          idle();
        }
      }
    } catch (Throwable t) {
      computation.fail(t instanceof ComputationException ? t
          : new ComputationException("worker " + index + " failed: " + t, t));
    }
  }

  private boolean mailboxesEmpty() {
    for (VertexRunner r : runners) {
      if (!r.mailbox.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private boolean hasWork() {
    return tracker.version() != roundVersion || computation.stopping() || tracker.isComplete() || !mailboxesEmpty();
  }

  /**
   * Waits for work: spins for {@code spinNanos} (a partner worker usually answers within
   * microseconds), then yields the processor for up to {@link #YIELD_NANOS} (on a busy machine a
   * parked thread takes tens of microseconds to wake, which would cost every round trip), and
   * only then parks, so that an idle computation uses no CPU.
   */
  private void idle() {
    long start = System.nanoTime();
    if (spinNanos > 0) {
      do {
        if (hasWork()) {
          return;
        }
        Thread.onSpinWait();
      } while (System.nanoTime() - start < spinNanos);
    }
    while (System.nanoTime() - start < YIELD_NANOS) {
      if (hasWork()) {
        return;
      }
      Thread.yield();
    }
    parked = true;
    try {
      if (!hasWork()) {
        LockSupport.park(this);
      }
    } finally {
      parked = false;
    }
  }
}
