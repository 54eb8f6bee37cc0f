package io.nereid.runtime.exec;

import io.nereid.runtime.graph.Graph;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The worker threads of a running computation, into which dataflows are installed while it runs
 * (as timely dataflow's {@code worker.dataflow(...)} may be called at any time). Each installed
 * dataflow is a {@link Computation} of its own: its own stages and vertices on every worker, its
 * own progress tracker, inputs, probes, completion and failure. The workers step every installed
 * dataflow; one that completes or fails is let go of and its state freed, and the threads stay
 * up, parked when idle, until the pool is closed.
 *
 * <pre>{@code
 * try (WorkerPool pool = WorkerPool.start(Config.workers(4))) {
 *   try (Computation q1 = pool.install(graph1)) { ... feed q1.input(...); q1.join(); }
 *   try (Computation q2 = pool.install(graph2)) { ... }        // the same four threads
 * }
 * }</pre>
 *
 * <p>One process only: installing into a computation of several processes would need every
 * process to install the same dataflows in the same order, which nothing coordinates yet, so it
 * is refused. {@link Computation#start(Graph, Config, Peers)} makes a one-shot pool for its one
 * graph (across processes too), whose threads end when that graph's dataflow is done.
 */
public final class WorkerPool implements AutoCloseable {
  private final Config config;
  private final Peers peers;
  private final Worker[] workers;
  private final boolean oneShot;
  private final Set<Computation> running = ConcurrentHashMap.newKeySet();
  private final AtomicLong installed = new AtomicLong();
  private volatile boolean stopping;
  private volatile boolean sealed;

  private WorkerPool(Config config, Peers peers, boolean oneShot) {
    this.config = Objects.requireNonNull(config, "config");
    this.peers = Objects.requireNonNull(peers, "peers");
    this.oneShot = oneShot;
    this.workers = new Worker[config.workers()];
    for (int w = 0; w < workers.length; w++) {
      workers[w] = new Worker(config.firstWorker() + w, this, config.spinNanos());
    }
  }

  /** Starts {@code config}'s worker threads in this process; they wait for dataflows to install. */
  public static WorkerPool start(Config config) {
    Objects.requireNonNull(config, "config");
    if (config.processes() != 1) {
      throw new IllegalArgumentException("a worker pool that dataflows are installed into runs in one process, not "
          + config.processes() + " (start one computation per graph across processes)");
    }
    WorkerPool pool = new WorkerPool(config, Peers.NONE, false);
    pool.startThreads();
    return pool;
  }

  /** A pool for {@code graph} alone: its threads end when that dataflow is done. */
  static Computation startOneShot(Graph graph, Config config, Peers peers) {
    WorkerPool pool = new WorkerPool(config, peers, true);
    Computation c = pool.add(graph, true);
    pool.sealed = true;
    pool.startThreads();
    return c;
  }

  private void startThreads() {
    for (Worker w : workers) {
      Thread t = new Thread(w, "nereid-worker-" + w.index());
      t.setDaemon(true);
      w.start(t);
    }
  }

  /**
   * Installs {@code graph} as a new dataflow and starts running it on this pool's workers, next
   * to the dataflows already running. Feed it through {@link Computation#input}; closing the
   * returned computation before it completes cancels it (the workers stay up).
   */
  public Computation install(Graph graph) {
    Objects.requireNonNull(graph, "graph");
    if (oneShot) {
      throw new IllegalStateException("this computation was started for one graph; start a WorkerPool to install more");
    }
    if (stopping) {
      throw new IllegalStateException("the worker pool is closed; start a new one");
    }
    return add(graph, false);
  }

  private Computation add(Graph graph, boolean ownsPool) {
    Computation c = new Computation(this, graph, ownsPool);
    running.add(c);
    installed.incrementAndGet();
    c.begin();
    for (Worker w : workers) {
      w.adopt(c.part(w.index() - config.firstWorker()));
    }
    return c;
  }

  /** How the pool runs (workers, batching, process). */
  public Config config() {
    return config;
  }

  /** Worker threads in this process. */
  public int workers() {
    return workers.length;
  }

  /** The worker threads, in worker order (they stay the same for the pool's life). */
  public List<Thread> threads() {
    List<Thread> threads = new ArrayList<>(workers.length);
    for (Worker w : workers) {
      threads.add(w.thread());
    }
    return threads;
  }

  /** Dataflows installed and not yet let go of by every worker. */
  public int running() {
    return running.size();
  }

  /** Dataflows installed since the pool started. */
  public long installed() {
    return installed.get();
  }

  /** Whether the pool was closed (or a worker broke down). */
  public boolean isClosed() {
    return stopping;
  }

  /** Stops the workers, cancelling what still runs, and waits for them. Closing twice is harmless. */
  @Override
  public void close() {
    if (!oneShot && !stopping) {
      for (Computation c : running) {
        c.fail(new ComputationException("the worker pool was closed before dataflow " + c.describe() + " completed", null));
      }
    }
    stopping = true;
    wakeAll();
    for (Worker w : workers) {
      Thread t = w.thread();
      if (t == null || t == Thread.currentThread()) {
        continue;
      }
      try {
        t.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  Worker worker(int local) {
    return workers[local];
  }

  Peers peers() {
    return peers;
  }

  boolean stopping() {
    return stopping;
  }

  /** Whether no more dataflows come: workers of an empty sealed pool end. */
  boolean sealed() {
    return sealed;
  }

  void finished(Computation c) {
    running.remove(c);
  }

  /** A worker broke down outside any dataflow: every dataflow fails, and the pool stops. */
  void fail(Throwable t) {
    for (Computation c : running) {
      c.fail(t);
    }
    stopping = true;
    wakeAll();
  }

  void wakeAll() {
    for (Worker w : workers) {
      w.wake();
    }
  }
}
