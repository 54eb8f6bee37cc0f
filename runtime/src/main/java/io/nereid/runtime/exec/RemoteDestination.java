package io.nereid.runtime.exec;

/** A vertex on another process: messages go through {@link Peers}, batch and all. */
final class RemoteDestination implements Destination {
  private final Peers peers;
  private final int process;
  private final int worker;
  private final int stage;

  RemoteDestination(Peers peers, int process, int worker, int stage) {
    this.peers = peers;
    this.process = process;
    this.worker = worker;
    this.stage = stage;
  }

  @Override
  public void push(Message m) {
    // An exchange ships a fresh batch with one reference: it belongs to the peers now.
    peers.sendData(process, worker, stage, m.input(), m.time(), m.payload().batch);
  }
}
