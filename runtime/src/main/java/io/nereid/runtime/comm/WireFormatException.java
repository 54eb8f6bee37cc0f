package io.nereid.runtime.comm;

/**
 * Bytes that do not decode: a truncated payload, a count larger than the bytes that follow, a
 * value out of range. Thrown by {@link WireReader} and codecs; never an allocation sized by
 * untrusted input.
 */
public final class WireFormatException extends RuntimeException {
  public WireFormatException(String message) {
    super(message);
  }

  public WireFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
