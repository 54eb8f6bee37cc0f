package io.nereid.runtime.exec;

import io.nereid.runtime.data.Batch;
import io.nereid.runtime.graph.Stage;
import io.nereid.runtime.time.Timestamp;
import java.util.Objects;

/**
 * Feeds one input of a running computation: batches at the current epoch, then
 * {@link #advanceTo} a later epoch, and finally {@link #close()}. While open, the handle holds
 * the input's capability at its current epoch, so no epoch is complete before it is advanced
 * past. Used from one controlling thread (methods are synchronized to be safe anyway).
 */
public final class InputHandle<B extends Batch> implements AutoCloseable {
  private final Computation computation;
  private final Stage stage;
  private final int feed;
  private final int out;
  private long epoch;
  private boolean closed;
  private int nextWorker;

  InputHandle(Computation computation, Stage stage) {
    this.computation = computation;
    this.stage = stage;
    this.feed = stage.inputLocations()[0];
    this.out = stage.outputLocations()[0];
  }

  /** A new empty batch of this input's type. */
  @SuppressWarnings("unchecked")
  public B newBatch() {
    return (B) stage.outputTypes().get(0).create();
  }

  /** The current epoch. */
  public synchronized long epoch() {
    return epoch;
  }

  /** Sends a batch at the current epoch to the next worker of this process (round robin). */
  public synchronized void send(B batch) {
    sendTo(nextWorker, batch);
    nextWorker = (nextWorker + 1) % computation.workers();
  }

  /** Sends a batch at the current epoch to this process's local worker {@code worker} (0-based). */
  public synchronized void sendTo(int worker, B batch) {
    Objects.requireNonNull(batch, "batch");
    checkOpen();
    if (worker < 0 || worker >= computation.workers()) {
      throw new IllegalArgumentException("no worker " + worker + " (there are " + computation.workers() + ")");
    }
    if (batch.size() == 0) {
      return;
    }
    Timestamp t = Timestamp.of(epoch);
    computation.applyProgress(new int[] {feed}, new Timestamp[] {t}, new long[] {1});
    computation.mailbox(worker, stage.id()).push(new Message(0, feed, t, new Payload(batch, 1)));
  }

  /** Moves to a later epoch: the earlier epochs can complete once their records are processed. */
  public synchronized void advanceTo(long next) {
    checkOpen();
    if (next <= epoch) {
      throw new IllegalArgumentException("input '" + stage.name() + "' is at epoch " + epoch
          + "; it can only advance to a later epoch, not " + next);
    }
    computation.applyProgress(new int[] {out, out}, new Timestamp[] {Timestamp.of(next), Timestamp.of(epoch)},
        new long[] {1, -1});
    epoch = next;
  }

  /** No more records: releases the input's capability. Closing twice is harmless. */
  @Override
  public synchronized void close() {
    if (closed || computation.failed()) {
      closed = true;
      return;
    }
    closed = true;
    computation.applyProgress(new int[] {out}, new Timestamp[] {Timestamp.of(epoch)}, new long[] {-1});
  }

  public synchronized boolean isClosed() {
    return closed;
  }

  private void checkOpen() {
    computation.throwIfFailed();
    if (closed) {
      throw new IllegalStateException("input '" + stage.name() + "' is closed");
    }
  }
}
