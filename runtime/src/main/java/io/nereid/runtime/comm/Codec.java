package io.nereid.runtime.comm;

/**
 * Writes values of one type to a payload and reads them back. Implementations are stateless
 * and thread-safe; {@link Codecs} has those of primitives, strings, dates and tuples, and
 * generated code implements one per record class.
 *
 * <p>A codec reads exactly the bytes it wrote, so codecs compose (a tuple codec is a sequence
 * of field codecs). {@link #read} throws {@link WireFormatException} on bytes it did not write;
 * it never allocates in proportion to an unchecked count.
 */
public interface Codec<T> {
  void write(T value, WireWriter out);

  T read(WireReader in);

  /**
   * The fewest bytes any value takes (e.g. 8 for a long, 4 for a string's length): lets a
   * batch codec check a record count against the bytes that remain before allocating.
   */
  int minSize();
}
