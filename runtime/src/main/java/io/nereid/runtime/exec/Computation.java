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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A graph running on worker threads of this process.
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
 * <p>The computation completes when every input is closed and every record and notification has
 * been processed. An exception in a vertex ends it: {@link #join}, {@link #awaitDone} and the
 * input handles then throw a {@link ComputationException} naming the stage, worker and time.
 */
public final class Computation implements AutoCloseable {
  private final Graph graph;
  private final Config config;
  private final ProgressTracker tracker;
  private final Worker[] workers;
  private final Peers peers;
  private final Object publishLock = new Object();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private volatile boolean stopping;

  private Computation(Graph graph, Config config, Peers peers) {
    this.graph = graph;
    this.config = config;
    this.peers = peers;
    this.tracker = new ProgressTracker(graph.reachability());
    int n = config.workers();
    this.workers = new Worker[n];
    for (int w = 0; w < n; w++) {
      workers[w] = new Worker(config.firstWorker() + w, this, tracker, config.spinNanos());
    }
    List<Stage> stages = graph.stages();
    for (Worker w : workers) {
      VertexRunner[] runners = new VertexRunner[stages.size()];
      for (Stage s : stages) {
        runners[s.id()] = new VertexRunner(s, w, config.totalWorkers(), tracker);
      }
      w.setRunners(runners);
    }
    for (Worker w : workers) {
      for (Stage s : stages) {
        wireOutputs(w, s);
      }
    }
    for (Worker w : workers) {
      for (Stage s : stages) {
        w.runner(s.id()).createVertex();
      }
    }
    tracker.addListener(this::wakeAll);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void wireOutputs(Worker w, Stage s) {
    VertexRunner runner = w.runner(s.id());
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
                ? workers[d - config.firstWorker()].runner(target.id()).mailbox
                : new RemoteDestination(peers, process, d, target.id());
          }
          senders[e] = new ExchangeSender(boxes, edge.targetInput(), location, edge.pact().partitioner(),
              s.outputTypes().get(o), w.progress(), w.pool(), config.exchangeBatch());
        } else {
          senders[e] = new PipelineSender(w.runner(target.id()).mailbox, edge.targetInput(), location, w.progress());
        }
      }
      runner.outputs[o].edges = senders;
    }
  }

  /** Starts the workers of {@code graph} in this process alone. */
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
    Computation c = new Computation(Objects.requireNonNull(graph, "graph"), Objects.requireNonNull(config, "config"),
        Objects.requireNonNull(peers, "peers"));
    c.begin();
    return c;
  }

  private void begin() {
    // Every input holds a capability at epoch 0 in every process, until that process's handle
    // advances or closes it.
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
    for (Worker w : workers) {
      Thread t = new Thread(w, "nereid-worker-" + w.index());
      t.setDaemon(true);
      w.start(t);
    }
  }

  /** The handle that feeds {@code input}; one per input. */
  public <B extends Batch> InputHandle<B> input(Input<B> input) {
    Stage s = graph.stage(input.stageId());
    return new InputHandle<>(this, s);
  }

  /** Worker threads in this process. */
  public int workers() {
    return workers.length;
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

  /** Blocks until epoch {@code epoch} is complete at the probe; throws if the computation failed. */
  public void awaitDone(Probe probe, long epoch) {
    try {
      tracker.await(() -> isDone(probe, epoch), this::failed);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ComputationException("interrupted while waiting for epoch " + epoch, e);
    }
    throwIfFailed();
  }

  /** Waits until the computation completes (every input closed, all work done). */
  public void join() {
    try {
      for (Worker w : workers) {
        w.thread().join();
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
      for (Worker w : workers) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedJoin(w.thread(), left);
        if (w.thread().isAlive()) {
          return false;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    throwIfFailed();
    return true;
  }

  /** What is still outstanding: every location with a non-zero pointstamp count, by name. */
  public String describeProgress() {
    StringBuilder sb = new StringBuilder();
    tracker.describeCounts().forEach((loc, counts) ->
        sb.append(graph.locationName(loc)).append(": ").append(counts).append('\n'));
    return sb.toString();
  }

  /** Whether every pointstamp is gone: the computation has nothing left to do. */
  public boolean isComplete() {
    return tracker.isComplete();
  }

  /** Stops the workers (if still running) and waits for them. */
  @Override
  public void close() {
    stopping = true;
    wakeAll();
    for (Worker w : workers) {
      try {
        w.thread().join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  boolean stopping() {
    return stopping;
  }

  boolean failed() {
    return failure.get() != null;
  }

  void fail(Throwable t) {
    if (failure.compareAndSet(null, t)) {
      stopping = true;
      wakeAll();
      tracker.poke();
    }
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
    if (local < 0 || local >= workers.length || stage < 0 || stage >= graph.stages().size()
        || input < 0 || input >= graph.stage(stage).inputs()) {
      fail(new ComputationException("a peer sent a batch for worker " + worker + ", stage " + stage + ", input "
          + input + ", which this process does not have (do all processes run the same program?)", null));
      return;
    }
    int location = graph.stage(stage).inputLocations()[input];
    workers[local].runner(stage).mailbox.push(new Message(input, location, time, new Payload(batch, 1)));
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
    return workers[worker].runner(stage).mailbox;
  }

  private void wakeAll() {
    for (Worker w : workers) {
      w.wake();
    }
  }
}
