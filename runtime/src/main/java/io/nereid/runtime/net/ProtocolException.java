package io.nereid.runtime.net;

/**
 * A peer broke the protocol (garbage, wrong magic, wrong version, wrong proof, oversized
 * frame, a frame out of place). Its message is the one log line of the refusal.
 */
final class ProtocolException extends RuntimeException {
  ProtocolException(String message) {
    super(message, null, false, false);
  }
}
