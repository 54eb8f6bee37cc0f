package io.nereid.runtime.net;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * Cuts the byte stream into {@link Frame}s. The length field is checked against a limit before
 * any byte of the body is awaited, and the magic number as soon as it arrives, so that
 * garbage and huge length prefixes are refused at once and never buffered. Until the handshake
 * completes the limit is that of a HELLO; then {@link #allowFramesUpTo} raises it.
 *
 * <p>After the first error it discards everything (one error, one log line, then the close).
 */
final class FrameDecoder extends ByteToMessageDecoder {
  private int maxLength = Wire.MAX_HANDSHAKE_LENGTH;
  private boolean failed;

  /** Raises the limit of the length field, once the peer is authenticated. */
  void allowFramesUpTo(int maxLength) {
    this.maxLength = maxLength;
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    if (failed) {
      in.skipBytes(in.readableBytes());
      return;
    }
    int readable = in.readableBytes();
    if (readable < 4) {
      return;
    }
    int at = in.readerIndex();
    if (readable >= 8 && in.getInt(at + 4) != Wire.MAGIC) {
      fail(in, String.format("wrong magic number 0x%08x (expected 0x%08x): not a Nereid peer",
          in.getInt(at + 4), Wire.MAGIC));
    }
    int length = in.getInt(at);
    if (length < Wire.LENGTH_OVERHEAD || length > maxLength) {
      fail(in, "frame length " + Integer.toUnsignedString(length) + " outside the allowed range ["
          + Wire.LENGTH_OVERHEAD + ", " + maxLength + "]");
    }
    if (readable < 8 || readable - 4 < length) {
      return;
    }
    in.skipBytes(8);
    byte type = in.readByte();
    int bodyBytes = length - Wire.LENGTH_OVERHEAD;
    int bodyStart = in.readerIndex();
    Frame frame;
    try {
      frame = Wire.decodeBody(type, in, bodyBytes);
    } catch (ProtocolException e) {
      failed = true;
      in.skipBytes(in.readableBytes());
      throw e;
    }
    in.readerIndex(bodyStart + bodyBytes);
    out.add(frame);
  }

  private void fail(ByteBuf in, String reason) {
    failed = true;
    in.skipBytes(in.readableBytes());
    throw new ProtocolException(reason);
  }
}
