package io.nereid.runtime.comm;

/**
 * Reads values back from a payload written by a {@link WireWriter}, in the same order. Every
 * read checks the bytes remaining and throws {@link WireFormatException} on a truncated
 * payload; {@link #readCount} guards allocations sized by the input.
 */
public interface WireReader {
  /** Bytes left to read. */
  int remaining();

  byte readByte();

  /** Reads a byte that must be 0 or 1. */
  boolean readBoolean();

  short readShort();

  int readInt();

  long readLong();

  float readFloat();

  double readDouble();

  void readBytes(byte[] dst, int offset, int length);

  /** Reads {@code length} longs into {@code dst[offset...]}. */
  void readLongs(long[] dst, int offset, int length);

  /** Reads a string written by {@link WireWriter#writeString}. */
  String readString();

  /**
   * Reads a count (an int) of elements that each take at least {@code minBytesEach} bytes
   * (treated as 1 if smaller) and checks it against the bytes remaining, so that a corrupt
   * count can never cause a huge allocation.
   */
  default int readCount(int minBytesEach) {
    int n = readInt();
    int each = Math.max(1, minBytesEach);
    if (n < 0 || (long) n * each > remaining()) {
      throw new WireFormatException("count " + n + " of elements of at least " + each
          + " bytes does not fit the " + remaining() + " bytes that remain");
    }
    return n;
  }

  /** Throws unless the payload has been read to its end (trailing bytes mean a layout mismatch). */
  default void expectEnd() {
    if (remaining() != 0) {
      throw new WireFormatException(remaining() + " unexpected trailing bytes in payload");
    }
  }
}
