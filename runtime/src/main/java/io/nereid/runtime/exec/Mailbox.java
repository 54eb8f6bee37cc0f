package io.nereid.runtime.exec;

import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The queue of messages for one vertex, written by any thread, read by the vertex's worker.
 * Pushing wakes the worker if it is parked. (A remote vertex will get a mailbox that serializes
 * instead: senders do not know the difference.)
 */
final class Mailbox implements Destination {
  private final ConcurrentLinkedQueue<Message> queue = new ConcurrentLinkedQueue<>();
  private final Worker worker;

  Mailbox(Worker worker) {
    this.worker = worker;
  }

  @Override
  public void push(Message m) {
    queue.offer(m);
    worker.wake();
  }

  /** Push from the owning worker's own thread: no wake-up needed. */
  void pushLocal(Message m) {
    queue.offer(m);
  }

  Message poll() {
    return queue.poll();
  }

  boolean isEmpty() {
    return queue.isEmpty();
  }
}
