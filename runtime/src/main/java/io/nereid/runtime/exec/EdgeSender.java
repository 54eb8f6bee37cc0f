package io.nereid.runtime.exec;

import io.nereid.runtime.time.Timestamp;

/** Moves batches along one edge from one worker's vertex; each send takes one payload reference. */
interface EdgeSender {
  void send(Timestamp time, Payload payload);

  /** Ships whatever is buffered. Called before the sending worker publishes its progress. */
  void flush();
}
