package io.nereid.runtime.comm;

/**
 * Appends values to a payload, big-endian, without any framing of its own: the reader must
 * know the layout (the codec does). Implementations grow their buffer as needed.
 *
 * <p>Strings are UTF-8, prefixed by their byte length as an int (unpaired surrogates become
 * {@code '?'}). Booleans are one byte, 0 or 1.
 */
public interface WireWriter {
  void writeByte(int value);

  void writeBoolean(boolean value);

  void writeShort(int value);

  void writeInt(int value);

  void writeLong(long value);

  void writeFloat(float value);

  void writeDouble(double value);

  void writeBytes(byte[] src, int offset, int length);

  /** Writes {@code length} longs from {@code src[offset...]}; a bulk form of {@link #writeLong}. */
  void writeLongs(long[] src, int offset, int length);

  /** Writes {@code value} as its UTF-8 byte length (an int) and the bytes. */
  void writeString(String value);

  /** Bytes written so far to this payload. */
  int written();
}
