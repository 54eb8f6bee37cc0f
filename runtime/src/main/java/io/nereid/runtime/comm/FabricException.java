package io.nereid.runtime.comm;

/**
 * A communication failure: a peer lost or gone, a fabric closed, peers not reachable at start.
 * {@link #process()} names the peer concerned, or is -1 when none is.
 */
public final class FabricException extends RuntimeException {
  private final int process;

  public FabricException(int process, String message) {
    super(message);
    this.process = process;
  }

  public FabricException(int process, String message, Throwable cause) {
    super(message, cause);
    this.process = process;
  }

  /** The peer process concerned, or -1. */
  public int process() {
    return process;
  }
}
