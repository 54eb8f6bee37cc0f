package io.nereid.runtime.comm;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A {@link WireWriter} into a growable byte array on the heap: used by {@link LocalFabric} and
 * tests. Reusable with {@link #reset()}.
 */
public final class HeapWireWriter implements WireWriter {
  private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

  private byte[] bytes;
  private int size;

  public HeapWireWriter() {
    this(256);
  }

  public HeapWireWriter(int initialCapacity) {
    bytes = new byte[Math.max(16, initialCapacity)];
  }

  /** Forgets what was written, keeping the capacity. */
  public void reset() {
    size = 0;
  }

  /** A copy of the bytes written. */
  public byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  private int reserve(int n) {
    int at = size;
    if (bytes.length - at < n) {
      long want = Math.max((long) bytes.length * 2, (long) at + n);
      if (want > Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("payload larger than 2 GiB");
      }
      bytes = Arrays.copyOf(bytes, (int) want);
    }
    size = at + n;
    return at;
  }

  @Override
  public void writeByte(int value) {
    int at = reserve(1);
    bytes[at] = (byte) value;
  }

  @Override
  public void writeBoolean(boolean value) {
    writeByte(value ? 1 : 0);
  }

  @Override
  public void writeShort(int value) {
    int at = reserve(2);
    SHORT.set(bytes, at, (short) value);
  }

  @Override
  public void writeInt(int value) {
    int at = reserve(4);
    INT.set(bytes, at, value);
  }

  @Override
  public void writeLong(long value) {
    int at = reserve(8);
    LONG.set(bytes, at, value);
  }

  @Override
  public void writeFloat(float value) {
    writeInt(Float.floatToRawIntBits(value));
  }

  @Override
  public void writeDouble(double value) {
    writeLong(Double.doubleToRawLongBits(value));
  }

  @Override
  public void writeBytes(byte[] src, int offset, int length) {
    int at = reserve(length); // before reading `bytes`: reserve may replace the array
    System.arraycopy(src, offset, bytes, at, length);
  }

  @Override
  public void writeLongs(long[] src, int offset, int length) {
    int at = reserve(Math.multiplyExact(length, 8));
    for (int i = 0; i < length; i++) {
      LONG.set(bytes, at + 8 * i, src[offset + i]);
    }
  }

  @Override
  public void writeString(String value) {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    writeInt(utf8.length);
    writeBytes(utf8, 0, utf8.length);
  }

  @Override
  public int written() {
    return size;
  }
}
