package io.nereid.runtime.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * A worker thread of a {@link WorkerPool}: runs its part of every dataflow installed in the pool,
 * round after round, picking up dataflows installed while it runs and letting go of each one when
 * it completes or fails. With nothing to do, the worker spins briefly (for latency) and then
 * parks until a message arrives, a frontier changes, a dataflow is installed or the pool stops.
 * A one-shot pool's workers end when their dataflow is done; a long-running pool's wait for more.
 */
final class Worker implements Runnable {
  /** How long an idle worker yields before it parks. */
  private static final long YIELD_NANOS = 1_000_000;

  private final int index;
  private final WorkerPool pool;
  private final long spinNanos;
  private final ConcurrentLinkedQueue<DataflowPart> incoming = new ConcurrentLinkedQueue<>();
  private final List<DataflowPart> parts = new ArrayList<>();
  private volatile boolean parked;
  private volatile Thread thread;

  Worker(int index, WorkerPool pool, long spinNanos) {
    this.index = index;
    this.pool = pool;
    this.spinNanos = spinNanos;
  }

  /** The global index of this worker, across processes. */
  int index() {
    return index;
  }

  /** Hands this worker its part of a newly installed dataflow (any thread). */
  void adopt(DataflowPart part) {
    incoming.offer(part);
    wake();
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
      while (!pool.stopping()) {
        for (DataflowPart p; (p = incoming.poll()) != null; ) {
          parts.add(p);
        }
        boolean did = false;
        for (int i = 0; i < parts.size(); i++) {
          DataflowPart part = parts.get(i);
          if (part.round()) {
            did = true;
          } else if (part.finished()) {
            parts.remove(i--);
            part.dataflow.released();
            did = true;
          }
        }
        if (!did) {
          if (parts.isEmpty() && incoming.isEmpty() && pool.sealed()) {
            break;
          }
          idle();
        }
      }
    } catch (Throwable t) {
      pool.fail(new ComputationException("worker " + index + " failed: " + t, t));
    } finally {
      for (DataflowPart p : parts) {
        p.dataflow.released();
      }
      parts.clear();
      for (DataflowPart p; (p = incoming.poll()) != null; ) {
        p.dataflow.released();
      }
    }
  }

  private boolean hasWork() {
    if (pool.stopping() || !incoming.isEmpty()) {
      return true;
    }
    for (DataflowPart p : parts) {
      if (p.hasWork()) {
        return true;
      }
    }
    return parts.isEmpty() && pool.sealed();
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
