package io.nereid.runtime.comm;

/**
 * Told when a peer process is lost (its connection dropped, it died, or it stopped sending
 * heartbeats). Called once per lost process, on a transport thread; must not block.
 */
@FunctionalInterface
public interface PeerFailureListener {
  /**
   * @param process the id of the lost process
   * @param reason what was observed, for the error message, e.g. "connection closed"
   */
  void peerFailed(int process, String reason);
}
