package io.nereid.runtime.net;

import io.nereid.runtime.comm.WireFormatException;
import io.nereid.runtime.comm.WireReader;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/**
 * A {@link WireReader} over a received payload, bounds-checked. One per connection, pointed at
 * each frame's payload in turn, on the connection's event loop.
 */
final class ByteBufWireReader implements WireReader {
  private ByteBuf buf;

  /** Reads {@code payload} from its reader index; {@code null} detaches. */
  ByteBufWireReader reset(ByteBuf payload) {
    this.buf = payload;
    return this;
  }

  private void need(int n) {
    if (buf.readableBytes() < n) {
      throw new WireFormatException("truncated payload: needs " + n + " more bytes, " + buf.readableBytes() + " remain");
    }
  }

  @Override
  public int remaining() {
    return buf.readableBytes();
  }

  @Override
  public byte readByte() {
    need(1);
    return buf.readByte();
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
    need(2);
    return buf.readShort();
  }

  @Override
  public int readInt() {
    need(4);
    return buf.readInt();
  }

  @Override
  public long readLong() {
    need(8);
    return buf.readLong();
  }

  @Override
  public float readFloat() {
    need(4);
    return buf.readFloat();
  }

  @Override
  public double readDouble() {
    need(8);
    return buf.readDouble();
  }

  @Override
  public void readBytes(byte[] dst, int offset, int length) {
    need(length);
    buf.readBytes(dst, offset, length);
  }

  @Override
  public void readLongs(long[] dst, int offset, int length) {
    java.util.Objects.checkFromIndexSize(offset, length, dst.length);
    need(Math.multiplyExact(length, 8));
    for (int i = 0; i < length; i++) {
      dst[offset + i] = buf.readLong();
    }
  }

  @Override
  public String readString() {
    int n = readCount(1);
    String s = buf.toString(buf.readerIndex(), n, StandardCharsets.UTF_8);
    buf.skipBytes(n);
    return s;
  }
}
