package io.nereid.runtime.exec;

import io.nereid.runtime.progress.ChangeBatch;
import io.nereid.runtime.progress.ProgressTracker;

/**
 * One worker's part of one installed dataflow: a vertex runner per stage, the progress changes
 * they accumulate in a round (published to the dataflow's own tracker) and the batches they
 * recycle. A worker steps the parts of every dataflow installed on it and lets go of a part when
 * its dataflow completes or fails; the part's state is then garbage. Used only by its worker's
 * thread once adopted.
 */
final class DataflowPart {
  final Computation dataflow;
  final Worker worker;
  final ChangeBatch progress = new ChangeBatch();
  final BatchPool pool = new BatchPool();
  private final ProgressTracker tracker;
  private VertexRunner[] runners;
  private long roundVersion = -1;

  DataflowPart(Computation dataflow, Worker worker, ProgressTracker tracker) {
    this.dataflow = dataflow;
    this.worker = worker;
    this.tracker = tracker;
  }

  void setRunners(VertexRunner[] runners) {
    this.runners = runners;
  }

  VertexRunner runner(int stage) {
    return runners[stage];
  }

  /**
   * One round: steps every vertex (messages, then ready notifications) and publishes the
   * round's progress changes in one update. A failure (a vertex's exception, a peer that cannot
   * be told) fails this dataflow only. Returns whether anything happened.
   */
  boolean round() {
    if (dataflow.failed()) {
      return false;
    }
    roundVersion = tracker.version();
    boolean did = false;
    try {
      for (VertexRunner r : runners) {
        did |= r.step();
      }
      if (!progress.isEmpty()) {
        dataflow.publish(progress.drain());
        did = true;
      }
    } catch (Throwable t) {
      dataflow.fail(t instanceof ComputationException ? t
          : new ComputationException("worker " + worker.index() + " failed: " + t, t));
      return true;
    }
    return did;
  }

  /** Whether this part is done with: its dataflow failed, or nothing is left to do anywhere. */
  boolean finished() {
    return dataflow.failed() || (tracker.isComplete() && mailboxesEmpty() && progress.isEmpty());
  }

  /** Whether a round could do something (checked by an idle worker before it parks). */
  boolean hasWork() {
    return tracker.version() != roundVersion || dataflow.failed() || tracker.isComplete() || !mailboxesEmpty();
  }

  private boolean mailboxesEmpty() {
    for (VertexRunner r : runners) {
      if (!r.mailbox.isEmpty()) {
        return false;
      }
    }
    return true;
  }
}
