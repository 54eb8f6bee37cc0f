package io.nereid.runtime.exec;

/** A computation ended with an error: the message names the stage, worker and time; the cause is the original. */
public final class ComputationException extends RuntimeException {
  public ComputationException(String message, Throwable cause) {
    super(message, cause);
  }
}
