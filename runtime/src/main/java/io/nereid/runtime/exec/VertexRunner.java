package io.nereid.runtime.exec;

import io.nereid.runtime.data.Batch;
import io.nereid.runtime.graph.Output;
import io.nereid.runtime.graph.Stage;
import io.nereid.runtime.graph.Vertex;
import io.nereid.runtime.graph.VertexContext;
import io.nereid.runtime.progress.ChangeBatch;
import io.nereid.runtime.progress.ProgressTracker;
import io.nereid.runtime.time.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Runs one stage's vertex of one dataflow on one worker: delivers its messages, tracks the notifications it
 * requested and delivers them, in timestamp order, once the stage's input frontiers have passed
 * them. Also the vertex's {@link VertexContext}. Used only by its worker's thread.
 */
final class VertexRunner implements VertexContext {
  private static final int MESSAGES_PER_STEP = 256;

  private final Stage stage;
  private final DataflowPart part;
  private final int workers;
  private final ProgressTracker tracker;
  private final ChangeBatch progress;
  final Mailbox mailbox;
  final OutputPort<?>[] outputs;
  private final TreeSet<Timestamp> pending = new TreeSet<>();
  private Vertex vertex;
  private long checkedVersion = -1;
  private boolean recheck;

  private Timestamp current;
  private Payload currentPayload;
  private boolean inRecv;

  VertexRunner(Stage stage, DataflowPart part, int workers, ProgressTracker tracker) {
    this.stage = stage;
    this.part = part;
    this.workers = workers;
    this.tracker = tracker;
    this.progress = part.progress;
    this.mailbox = new Mailbox(part.worker);
    this.outputs = new OutputPort<?>[stage.outputs()];
    for (int o = 0; o < outputs.length; o++) {
      outputs[o] = new OutputPort<>(this, stage.outputTypes().get(o), o);
    }
  }

  void createVertex() {
    vertex = stage.factory().create(this);
  }

  Stage stage() {
    return stage;
  }

  Vertex vertex() {
    return vertex;
  }

  BatchPool pool() {
    return part.pool;
  }

  @Override
  public boolean keepBatch() {
    if (!inRecv || currentPayload == null) {
      throw new IllegalStateException("keepBatch() is allowed during onRecv only (stage '" + stage.name() + "')");
    }
    if (currentPayload.refs != 1) {
      return false;
    }
    currentPayload.kept = true;
    return true;
  }

  Payload currentPayload() {
    return currentPayload;
  }

  /** Delivers queued messages and ready notifications; returns whether anything happened. */
  boolean step() {
    boolean did = false;
    Message m;
    for (int n = 0; n < MESSAGES_PER_STEP && (m = mailbox.poll()) != null; n++) {
      deliver(m);
      did = true;
    }
    if (did) {
      flushOutputs();
    }
    if (!pending.isEmpty() && (recheck || tracker.version() != checkedVersion)) {
      did |= deliverNotifications();
    }
    return did;
  }

  private void deliver(Message m) {
    current = m.time();
    currentPayload = m.payload();
    inRecv = true;
    try {
      vertex.onRecv(m.input(), m.time(), m.payload().batch);
    } catch (RuntimeException | Error e) {
      throw failure(m.time(), e);
    } finally {
      inRecv = false;
      current = null;
      currentPayload = null;
    }
    progress.update(m.location(), m.time(), -1);
    m.payload().release(part.pool);
  }

  /**
   * Delivers ready notifications in timestamp order: always the least pending time whose inputs
   * have passed it, scanning from the least pending time each time (a callback may have asked for
   * an earlier time than the ones left, and frontiers move during the scan).
   */
  private boolean deliverNotifications() {
    checkedVersion = tracker.version();
    boolean delivered = false;
    while (true) {
      recheck = false;
      Timestamp t = leastReady();
      if (t == null) {
        return delivered;
      }
      pending.remove(t);
      current = t;
      try {
        vertex.onNotify(t);
      } catch (RuntimeException | Error e) {
        throw failure(t, e);
      } finally {
        current = null;
      }
      flushOutputs();
      for (int loc : stage.capabilityLocations()) {
        progress.update(loc, t, -1);
      }
      delivered = true;
    }
  }

  /**
   * The least pending time that no input can still reach. A
   * time above one found blocked is skipped even if it looks free: frontiers move while the scan
   * reads them, and delivering it would put it before the blocked time it follows.
   */
  private Timestamp leastReady() {
    List<Timestamp> blockedSoFar = null;
    for (Timestamp t : pending) {
      boolean behindBlocked = false;
      if (blockedSoFar != null) {
        for (Timestamp b : blockedSoFar) {
          if (b.lessEqual(t)) {
            behindBlocked = true;
            break;
          }
        }
      }
      if (!behindBlocked && !blocked(t)) {
        return t;
      }
      if (blockedSoFar == null) {
        blockedSoFar = new ArrayList<>(2);
      }
      blockedSoFar.add(t);
    }
    return null;
  }

  private boolean blocked(Timestamp t) {
    for (int loc : stage.inputLocations()) {
      if (tracker.blocks(loc, t)) {
        return true;
      }
    }
    return false;
  }

  private ComputationException failure(Timestamp t, Throwable e) {
    return new ComputationException("stage " + stage.describe() + " failed on worker " + part.worker.index()
        + " at time " + t + ": " + e, e);
  }

  void flushOutputs() {
    for (OutputPort<?> o : outputs) {
      o.flush();
    }
  }

  boolean hasPendingNotifications() {
    return !pending.isEmpty();
  }

  /** Checks that the vertex may send at {@code time} now. */
  void checkSend(Timestamp time, int output) {
    if (current == null) {
      throw new IllegalStateException("stage " + stage.describe() + " sent on output " + output
          + " outside onRecv/onNotify; hold a notification to send later");
    }
    Timestamp least = inRecv ? stage.summary().apply(current) : current;
    if (least.depth() != time.depth() || !least.lessEqual(time)) {
      throw new IllegalStateException("stage " + stage.describe() + " sent at " + time
          + " while it may only send at times >= " + least);
    }
  }

  @Override
  public void notifyAt(Timestamp time) {
    if (current == null) {
      throw new IllegalStateException("stage " + stage.describe() + " asked for a notification outside onRecv/onNotify");
    }
    if (current.depth() != time.depth() || !current.lessEqual(time)) {
      throw new IllegalStateException("stage " + stage.describe() + " asked for a notification at " + time
          + " during a callback at " + current + ": notifications must be at later times");
    }
    if (pending.add(time)) {
      recheck = true;
      for (int loc : stage.capabilityLocations()) {
        progress.update(loc, time, 1);
      }
    }
  }

  @Override
  public int worker() {
    return part.worker.index();
  }

  @Override
  public int workers() {
    return workers;
  }

  @Override
  public String stageName() {
    return stage.name();
  }

  @Override
  @SuppressWarnings("unchecked")
  public <B extends Batch> Output<B> output(int index) {
    if (index < 0 || index >= outputs.length) {
      throw new IllegalArgumentException("stage " + stage.describe() + " has " + outputs.length
          + " outputs, not an output " + index);
    }
    return (Output<B>) outputs[index];
  }
}
