package io.nereid.runtime.exec;

import io.nereid.runtime.data.Batch;
import io.nereid.runtime.data.BatchType;
import io.nereid.runtime.data.Partitioner;
import io.nereid.runtime.progress.ChangeBatch;
import io.nereid.runtime.time.Timestamp;
import java.lang.reflect.Array;

/**
 * An exchange edge on one worker: partitions each batch into one buffer per destination worker
 * and ships a buffer when it is full, when the time changes, or on {@link #flush()}. Buffers come
 * from the worker's pool.
 */
final class ExchangeSender<B extends Batch> implements EdgeSender {
  private final Destination[] targets;
  private final int input;
  private final int location;
  private final Partitioner<B> partitioner;
  private final BatchType<B> type;
  private final ChangeBatch progress;
  private final BatchPool pool;
  private final int threshold;
  private final B[] buffers;
  private Timestamp pendingTime;

  @SuppressWarnings("unchecked")
  ExchangeSender(Destination[] targets, int input, int location, Partitioner<B> partitioner, BatchType<B> type,
      ChangeBatch progress, BatchPool pool, int threshold) {
    this.targets = targets;
    this.input = input;
    this.location = location;
    this.partitioner = partitioner;
    this.type = type;
    this.progress = progress;
    this.pool = pool;
    this.threshold = threshold;
    this.buffers = (B[]) Array.newInstance(type.create().getClass(), targets.length);
  }

  @Override
  @SuppressWarnings("unchecked")
  public void send(Timestamp time, Payload payload) {
    if (pendingTime != null && !pendingTime.equals(time)) {
      flush();
    }
    pendingTime = time;
    for (int d = 0; d < buffers.length; d++) {
      if (buffers[d] == null) {
        buffers[d] = pool.take(type);
      }
    }
    partitioner.partition((B) payload.batch, buffers);
    payload.release(pool);
    for (int d = 0; d < buffers.length; d++) {
      if (buffers[d].size() >= threshold) {
        ship(d);
      }
    }
  }

  private void ship(int d) {
    Message m = new Message(input, location, pendingTime, new Payload(buffers[d], 1));
    buffers[d] = null;
    progress.update(location, pendingTime, 1);
    targets[d].push(m);
  }

  @Override
  public void flush() {
    if (pendingTime == null) {
      return;
    }
    for (int d = 0; d < buffers.length; d++) {
      if (buffers[d] != null && buffers[d].size() > 0) {
        ship(d);
      }
    }
    pendingTime = null;
  }
}
