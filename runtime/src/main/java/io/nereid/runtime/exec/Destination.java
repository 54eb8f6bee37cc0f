package io.nereid.runtime.exec;

/** Where messages for one vertex go: its local mailbox, or a peer process. */
interface Destination {
  /** Hands over a message from any thread; wakes the receiving worker if needed. */
  void push(Message m);
}
