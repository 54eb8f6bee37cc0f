package io.nereid.runtime.exec;

import io.nereid.runtime.data.Batch;
import io.nereid.runtime.graph.Edge;
import io.nereid.runtime.graph.Graph;
import io.nereid.runtime.graph.Input;
import io.nereid.runtime.graph.Probe;
import io.nereid.runtime.graph.Stage;
import io.nereid.runtime.graph.StageKind;
import io.nereid.runtime.progress.ProgressTracker;
import io.nereid.runtime.progress.ProgressUpdate;
import io.nereid.runtime.time.Antichain;
import io.nereid.runtime.time.Timestamp;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A graph running as one dataflow on the worker threads of this process: started on its own
 * ({@link #start(Graph, Config)}: the threads end with it) or installed into a running
 * {@link WorkerPool} next to other dataflows.
 *
 * <pre>{@code
 * try (Computation c = Computation.start(graph, Config.workers(2))) {
 *   InputHandle<LongBatch> in = c.input(numbers);
 *   ... in.send(batch); in.advanceTo(1); c.awaitDone(probe, 0); ...
 *   in.close();
 *   c.join();
 * }
 * }</pre>
 *
 * <p>The dataflow completes when every input is closed and every record and notification has
 * been processed. An exception in a vertex ends it (and it alone: other dataflows of the pool go
 * on): {@link #join}, {@link #awaitDone} and the input handles then throw a
 * {@link ComputationException} naming the stage, worker and time.
 */
public final class Computation implements AutoCloseable {
  private final WorkerPool pool;
  private final boolean ownsPool;
  private final Graph graph;
  private final Config config;
  private final ProgressTracker tracker;
  private final Peers peers;
  private final DataflowPart[] parts;
  private final Object publishLock = new Object();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private final CountDownLatch released;
  private final AtomicInteger releasing;

  Computation(WorkerPool pool, Graph graph, boolean ownsPool) {
    this.pool = pool;
    this.ownsPool = ownsPool;
    this.graph = graph;
    this.config = pool.config();
    this.peers = pool.peers();
    this.tracker = new ProgressTracker(graph.reachability());
    int n = config.workers();
    this.released = new CountDownLatch(n);
    this.releasing = new AtomicInteger(n);
    this.parts = new DataflowPart[n];
    List<Stage> stages = graph.stages();
    for (int w = 0; w < n; w++) {
      DataflowPart part = new DataflowPart(this, pool.worker(w), tracker);
      VertexRunner[] runners = new VertexRunner[stages.size()];
      for (Stage s : stages) {
        runners[s.id()] = new VertexRunner(s, part, config.totalWorkers(), tracker);
      }
      part.setRunners(runners);
      parts[w] = part;
    }
    for (DataflowPart part : parts) {
      for (Stage s : stages) {
        wireOutputs(part, s);
      }
    }
    for (DataflowPart part : parts) {
      for (Stage s : stages) {
        part.runner(s.id()).createVertex();
      }
    }
    tracker.addListener(pool::wakeAll);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void wireOutputs(DataflowPart part, Stage s) {
    VertexRunner runner = part.runner(s.id());
    for (int o = 0; o < s.outputs(); o++) {
      List<Edge> edges = s.edges().get(o);
      EdgeSender[] senders = new EdgeSender[edges.size()];
      for (int e = 0; e < senders.length; e++) {
        Edge edge = edges.get(e);
        Stage target = graph.stage(edge.targetStage());
        int location = target.inputLocations()[edge.targetInput()];
        if (edge.pact().isExchange() && config.totalWorkers() > 1) { // with one worker an exchange is a pipeline
          Destination[] boxes = new Destination[config.totalWorkers()];
          for (int d = 0; d < boxes.length; d++) {
            int process = config.processOf(d);
            boxes[d] = process == config.processId()
                ? parts[d - config.firstWorker()].runner(target.id()).mailbox
                : new RemoteDestination(peers, process, d, target.id());
          }
          senders[e] = new ExchangeSender(boxes, edge.targetInput(), location, edge.pact().partitioner(),
              s.outputTypes().get(o), part.progress, part.pool, config.exchangeBatch());
        } else {
          senders[e] = new PipelineSender(part.runner(target.id()).mailbox, edge.targetInput(), location, part.progress);
        }
      }
      runner.outputs[o].edges = senders;
    }
  }

  /** Starts the workers of {@code graph} in this process alone; they end when it is done. */
  public static Computation start(Graph graph, Config config) {
    if (config.processes() != 1) {
      throw new IllegalArgumentException("a computation of " + config.processes() + " processes needs its peers");
    }
    return start(graph, config, Peers.NONE);
  }

  /**
   * Starts this process's workers of a computation over several processes. Every process builds
   * the same graph; {@code peers} connects them. Feed {@link #receiveData}, {@link #receiveProgress}
   * and {@link #peerFailed} with what the peers deliver.
   */
  public static Computation start(Graph graph, Config config, Peers peers) {
    return WorkerPool.startOneShot(Objects.requireNonNull(graph, "graph"), Objects.requireNonNull(config, "config"),
        Objects.requireNonNull(peers, "peers"));
  }

  /** Every input holds a capability at epoch 0 in every process, until that process's handle advances or closes it. */
  void begin() {
    List<Stage> inputs = graph.stages().stream().filter(s -> s.kind() == StageKind.INPUT).toList();
    int[] locs = new int[inputs.size()];
    Timestamp[] times = new Timestamp[inputs.size()];
    long[] deltas = new long[inputs.size()];
    for (int i = 0; i < inputs.size(); i++) {
      locs[i] = inputs.get(i).outputLocations()[0];
      times[i] = Timestamp.of(0);
      deltas[i] = config.processes();
    }
    tracker.apply(new ProgressUpdate(locs, times, deltas));
  }

  DataflowPart part(int localWorker) {
    return parts[localWorker];
  }

  /** The handle that feeds {@code input}; one per input. */
  public <B extends Batch> InputHandle<B> input(Input<B> input) {
    Stage s = graph.stage(input.stageId());
    return new InputHandle<>(this, s);
  }

  /** Worker threads in this process. */
  public int workers() {
    return parts.length;
  }

  /** Workers in the whole computation, across processes. */
  public int totalWorkers() {
    return config.totalWorkers();
  }

  public Graph graph() {
    return graph;
  }

  /** The times that may still appear at the probe's stream. */
  public Antichain<Timestamp> frontier(Probe probe) {
    return tracker.frontier(graph.stage(probe.stageId()).inputLocations()[0]);
  }

  /** Whether no record of epoch {@code epoch} or earlier can appear at the probe any more. */
  public boolean isDone(Probe probe, long epoch) {
    for (Timestamp t : frontier(probe).elements()) {
      if (t.epoch() <= epoch) {
        return false;
      }
    }
    return true;
  }

  /** Blocks until epoch {@code epoch} is complete at the probe; throws if the dataflow failed. */
  public void awaitDone(Probe probe, long epoch) {
    try {
      tracker.await(() -> isDone(probe, epoch), this::failed);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ComputationException("interrupted while waiting for epoch " + epoch, e);
    }
    throwIfFailed();
  }

  /** Waits until the dataflow completes (every input closed, all work done) or fails. */
  public void join() {
    try {
      released.await();
      if (ownsPool) {
        for (Thread t : pool.threads()) {
          t.join();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ComputationException("interrupted while joining the computation", e);
    }
    throwIfFailed();
  }

  /** Like {@link #join()}, giving up after {@code timeout}; returns whether it completed. */
  public boolean join(long timeout, TimeUnit unit) {
    long deadline = System.nanoTime() + unit.toNanos(timeout);
    try {
      if (!released.await(timeout, unit)) {
        return false;
      }
      if (ownsPool) {
        for (Thread t : pool.threads()) {
          long left = deadline - System.nanoTime();
          TimeUnit.NANOSECONDS.timedJoin(t, Math.max(1, left));
          if (t.isAlive()) {
            return false;
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    throwIfFailed();
    return true;
  }

  /** Whether every worker of this process has let go of the dataflow (completed, failed or cancelled). */
  public boolean isReleased() {
    return released.getCount() == 0;
  }

  /** What is still outstanding: every location with a non-zero pointstamp count, by name. */
  public String describeProgress() {
    StringBuilder sb = new StringBuilder();
    tracker.describeCounts().forEach((loc, counts) ->
        sb.append(graph.locationName(loc)).append(": ").append(counts).append('\n'));
    return sb.toString();
  }

  /** Whether every pointstamp is gone: the dataflow has nothing left to do. */
  public boolean isComplete() {
    return tracker.isComplete();
  }

  /**
   * Started on its own: stops the workers (if still running) and waits for them. Installed into
   * a pool: cancels the dataflow if it has not completed, and waits (a while) for the workers to
   * let go of it; the pool's workers go on.
   */
  @Override
  public void close() {
    if (ownsPool) {
      pool.close();
      return;
    }
    if (!isReleased() && !failed()) {
      fail(new ComputationException("dataflow " + describe() + " was cancelled before it completed", null));
    }
    try {
      released.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The stages, briefly, for messages. */
  String describe() {
    List<Stage> stages = graph.stages();
    return stages.isEmpty() ? "(empty)" : "'" + stages.get(0).name() + "' (" + stages.size() + " stages)";
  }

  boolean failed() {
    return failure.get() != null;
  }

  void fail(Throwable t) {
    if (failure.compareAndSet(null, t)) {
      pool.wakeAll();
      tracker.poke();
    }
  }

  /** One local worker let go of this dataflow; the last one frees it from the pool. */
  void released() {
    if (releasing.decrementAndGet() == 0) {
      pool.finished(this); // before the last count down, so that a joiner sees the pool without it
      tracker.poke();
    }
    released.countDown();
  }

  void throwIfFailed() {
    Throwable t = failure.get();
    if (t != null) {
      throw t instanceof ComputationException ce
          ? new ComputationException(ce.getMessage(), ce.getCause())
          : new ComputationException(t.toString(), t);
    }
  }

  void applyProgress(int[] locations, Timestamp[] times, long[] deltas) {
    publish(new ProgressUpdate(locations, times, deltas));
  }

  /**
   * Applies one of this process's progress updates and sends it to the peers. One lock keeps
   * the order in which updates are applied here the order in which peers receive them.
   */
  void publish(ProgressUpdate update) {
    synchronized (publishLock) {
      tracker.apply(update);
      peers.broadcastProgress(update);
    }
  }

  /** A batch from a peer for input {@code input} of stage {@code stage} on this process's global worker {@code worker}. */
  public void receiveData(int worker, int stage, int input, Timestamp time, Batch batch) {
    int local = worker - config.firstWorker();
    if (local < 0 || local >= parts.length || stage < 0 || stage >= graph.stages().size()
        || input < 0 || input >= graph.stage(stage).inputs()) {
      fail(new ComputationException("a peer sent a batch for worker " + worker + ", stage " + stage + ", input "
          + input + ", which this process does not have (do all processes run the same program?)", null));
      return;
    }
    int location = graph.stage(stage).inputLocations()[input];
    parts[local].runner(stage).mailbox.push(new Message(input, location, time, new Payload(batch, 1)));
  }

  /** A progress update from a peer, applied as it is (peers' updates are not forwarded). */
  public void receiveProgress(ProgressUpdate update) {
    tracker.apply(update);
  }

  /** A peer process was lost: the computation cannot complete; it ends with an error naming it. */
  public void peerFailed(int process, String reason) {
    fail(new ComputationException("process " + process + " was lost: " + reason, null));
  }

  Mailbox mailbox(int worker, int stage) {
    return parts[worker].runner(stage).mailbox;
  }
}
