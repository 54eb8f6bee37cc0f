package io.nereid.runtime.comm;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** A {@link WireReader} over a slice of a byte array: used by {@link LocalFabric} and tests. */
public final class HeapWireReader implements WireReader {
  private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

  private final byte[] bytes;
  private final int end;
  private int pos;

  public HeapWireReader(byte[] bytes) {
    this(bytes, 0, bytes.length);
  }

  public HeapWireReader(byte[] bytes, int offset, int length) {
    this.bytes = Objects.requireNonNull(bytes, "bytes");
    Objects.checkFromIndexSize(offset, length, bytes.length);
    this.pos = offset;
    this.end = offset + length;
  }

  private int take(int n) {
    if (end - pos < n) {
      throw new WireFormatException("truncated payload: needs " + n + " more bytes, " + (end - pos) + " remain");
    }
    int at = pos;
    pos = at + n;
    return at;
  }

  @Override
  public int remaining() {
    return end - pos;
  }

  @Override
  public byte readByte() {
    return bytes[take(1)];
  }

  @Override
  public boolean readBoolean() {
    byte b = readByte();
    if (b != 0 && b != 1) {
      throw new WireFormatException("boolean byte must be 0 or 1, was " + b);
    }
    return b == 1;
  }

  @Override
  public short readShort() {
    return (short) SHORT.get(bytes, take(2));
  }

  @Override
  public int readInt() {
    return (int) INT.get(bytes, take(4));
  }

  @Override
  public long readLong() {
    return (long) LONG.get(bytes, take(8));
  }

  @Override
  public float readFloat() {
    return Float.intBitsToFloat(readInt());
  }

  @Override
  public double readDouble() {
    return Double.longBitsToDouble(readLong());
  }

  @Override
  public void readBytes(byte[] dst, int offset, int length) {
    System.arraycopy(bytes, take(length), dst, offset, length);
  }

  @Override
  public void readLongs(long[] dst, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, dst.length);
    int at = take(Math.multiplyExact(length, 8));
    for (int i = 0; i < length; i++) {
      dst[offset + i] = (long) LONG.get(bytes, at + 8 * i);
    }
  }

  @Override
  public String readString() {
    int n = readCount(1);
    return new String(bytes, take(n), n, StandardCharsets.UTF_8);
  }
}
