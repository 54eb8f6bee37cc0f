package io.nereid.runtime.net;

import io.nereid.runtime.comm.WireWriter;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;

/**
 * A {@link WireWriter} that appends to a Netty buffer (growing it). One per sending thread,
 * pointed at each frame's buffer in turn.
 */
final class ByteBufWireWriter implements WireWriter {
  private ByteBuf buf;
  private int start;

  /** Writes into {@code target} from its writer index on; {@code null} detaches. */
  ByteBufWireWriter reset(ByteBuf target) {
    this.buf = target;
    this.start = target == null ? 0 : target.writerIndex();
    return this;
  }

  @Override
  public void writeByte(int value) {
    buf.writeByte(value);
  }

  @Override
  public void writeBoolean(boolean value) {
    buf.writeByte(value ? 1 : 0);
  }

  @Override
  public void writeShort(int value) {
    buf.writeShort(value);
  }

  @Override
  public void writeInt(int value) {
    buf.writeInt(value);
  }

  @Override
  public void writeLong(long value) {
    buf.writeLong(value);
  }

  @Override
  public void writeFloat(float value) {
    buf.writeFloat(value);
  }

  @Override
  public void writeDouble(double value) {
    buf.writeDouble(value);
  }

  @Override
  public void writeBytes(byte[] src, int offset, int length) {
    buf.writeBytes(src, offset, length);
  }

  @Override
  public void writeLongs(long[] src, int offset, int length) {
    buf.ensureWritable(Math.multiplyExact(length, 8));
    for (int i = 0; i < length; i++) {
      buf.writeLong(src[offset + i]);
    }
  }

  @Override
  public void writeString(String value) {
    int bytes = ByteBufUtil.utf8Bytes(value);
    buf.writeInt(bytes);
    ByteBufUtil.reserveAndWriteUtf8(buf, value, bytes);
  }

  @Override
  public int written() {
    return buf.writerIndex() - start;
  }
}
