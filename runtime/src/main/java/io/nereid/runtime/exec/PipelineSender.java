package io.nereid.runtime.exec;

import io.nereid.runtime.progress.ChangeBatch;
import io.nereid.runtime.time.Timestamp;

/** A pipeline edge: the batch goes, shared and uncopied, to the same worker's vertex. */
final class PipelineSender implements EdgeSender {
  private final Mailbox target;
  private final int input;
  private final int location;
  private final ChangeBatch progress;

  PipelineSender(Mailbox target, int input, int location, ChangeBatch progress) {
    this.target = target;
    this.input = input;
    this.location = location;
    this.progress = progress;
  }

  @Override
  public void send(Timestamp time, Payload payload) {
    progress.update(location, time, 1);
    target.pushLocal(new Message(input, location, time, payload));
  }

  @Override
  public void flush() {}
}
