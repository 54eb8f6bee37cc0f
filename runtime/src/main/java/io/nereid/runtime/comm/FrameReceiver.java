package io.nereid.runtime.comm;

/**
 * Receives the frames of one channel, on a transport thread (see {@link Fabric}). The payload
 * reader is valid only during the call: decode what is needed (into a batch) before returning.
 * An exception thrown here is a fatal error of the connection to {@code fromProcess}.
 */
@FunctionalInterface
public interface FrameReceiver {
  void receive(int fromProcess, WireReader payload);
}
