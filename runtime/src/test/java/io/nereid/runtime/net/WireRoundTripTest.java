package io.nereid.runtime.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every frame type survives encoding and decoding (whole, and cut into pieces), every buffer
 * involved ends with a reference count of 0, and every kind of bad input is refused with a
 * message that says what was wrong.
 */
class WireRoundTripTest {

  private static byte[] bytes(int n, long seed) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }

  private static List<Frame> everyFrameType() {
    ByteBuf payload = PooledByteBufAllocator.DEFAULT.directBuffer(100).writeBytes(bytes(100, 1));
    return List.of(
        new Frame.Hello(Wire.VERSION, 3, 2, bytes(Wire.NONCE_BYTES, 2)),
        new Frame.Proof(bytes(Wire.MAC_BYTES, 3)),
        new Frame.Data(7, payload),
        new Frame.Data(0, PooledByteBufAllocator.DEFAULT.directBuffer(0)),
        new Frame.Heartbeat(),
        new Frame.Goodbye());
  }

  /** Encodes with the encoder in an EmbeddedChannel; returns the bytes as one buffer. */
  private static ByteBuf encode(Frame frame) {
    EmbeddedChannel out = new EmbeddedChannel(FrameEncoder.INSTANCE);
    assertThat(out.writeOutbound(frame)).isTrue();
    ByteBuf encoded = out.readOutbound();
    assertThat(out.finish()).isFalse();
    return encoded;
  }

  private static EmbeddedChannel decoder(int maxLength) {
    FrameDecoder d = new FrameDecoder();
    d.allowFramesUpTo(maxLength);
    return new EmbeddedChannel(d);
  }

  @Test
  void everyFrameTypeRoundTripsAndEveryBufferIsReleased() {
    for (Frame frame : everyFrameType()) {
      byte[] expectedPayload = frame instanceof Frame.Data d ? bytesOf(d.payload()) : null;
      ByteBuf encoded = encode(frame);
      assertThat(encoded.getInt(0)).as("length field of %s", frame).isEqualTo(encoded.readableBytes() - 4);
      assertThat(encoded.getInt(4)).isEqualTo(Wire.MAGIC);
      assertThat(encoded.getByte(8)).isEqualTo(frame.type());
      // the encoder released the Data frame it wrote
      if (frame instanceof Frame.Data d) {
        assertThat(d.payload().refCnt()).as("payload given to the encoder").isZero();
      }
      EmbeddedChannel in = decoder(1 << 20);
      assertThat(in.writeInbound(encoded)).isTrue();
      Frame back = in.readInbound();
      assertThat(in.finish()).isFalse();
      // a DATA payload is a retained slice of the received bytes: they live until it is released
      assertThat(encoded.refCnt()).as("encoded bytes, after decoding").isEqualTo(back instanceof Frame.Data ? 1 : 0);
      if (back instanceof Frame.Data d) {
        assertThat(d.channel()).isEqualTo(((Frame.Data) frame).channel());
        assertThat(bytesOf(d.payload())).isEqualTo(expectedPayload);
        assertThat(d.release()).isTrue();
        assertThat(d.refCnt()).isZero();
      } else {
        assertThat(back).isEqualTo(frame);
      }
      assertThat(encoded.refCnt()).as("encoded bytes of %s, after release", frame).isZero();
    }
  }

  @Test
  void framesCutIntoSmallPiecesAndGluedTogetherDecode() {
    List<Frame> frames = everyFrameType();
    ByteBuf all = Unpooled.buffer();
    List<byte[]> payloads = new ArrayList<>();
    for (Frame f : frames) {
      if (f instanceof Frame.Data d) {
        payloads.add(bytesOf(d.payload()));
      }
      ByteBuf e = encode(f);
      all.writeBytes(e);
      e.release();
    }
    EmbeddedChannel in = decoder(1 << 20);
    Random r = new Random(42);
    List<ByteBuf> pieces = new ArrayList<>();
    while (all.isReadable()) {
      ByteBuf piece = PooledByteBufAllocator.DEFAULT.buffer();
      piece.writeBytes(all, Math.min(all.readableBytes(), 1 + r.nextInt(7)));
      pieces.add(piece);
      in.writeInbound(piece);
    }
    all.release();
    List<Frame> back = new ArrayList<>();
    for (Object o; (o = in.readInbound()) != null; ) {
      back.add((Frame) o);
    }
    assertThat(back).extracting(Frame::type).containsExactlyElementsOf(frames.stream().map(Frame::type).toList());
    int p = 0;
    for (Frame f : back) {
      if (f instanceof Frame.Data d) {
        assertThat(bytesOf(d.payload())).isEqualTo(payloads.get(p++));
        d.release();
      }
    }
    assertThat(in.finish()).isFalse();
    assertThat(pieces).allSatisfy(b -> assertThat(b.refCnt()).isZero());
  }

  @Test
  void aWrongMagicNumberIsRefusedAndTheRestDiscarded() {
    ByteBuf bad = Unpooled.buffer().writeInt(20).writeInt(0x47455420).writeZero(20);
    assertRefused(bad, "wrong magic number 0x47455420");
  }

  @Test
  void aHugeLengthPrefixIsRefusedBeforeItsBodyArrives() {
    ByteBuf huge = Unpooled.buffer().writeInt(0x7FFF_FFF0);
    assertRefused(huge, "frame length 2147483632 outside the allowed range");
    // a length that is large only before the handshake is refused too
    ByteBuf big = Unpooled.buffer().writeInt(Wire.MAX_HANDSHAKE_LENGTH + 1).writeInt(Wire.MAGIC);
    EmbeddedChannel in = new EmbeddedChannel(new FrameDecoder());
    assertThatThrownBy(() -> in.writeInbound(big)).isInstanceOf(DecoderException.class)
        .hasMessageContaining("outside the allowed range [5, " + Wire.MAX_HANDSHAKE_LENGTH + "]");
    assertThat(big.refCnt()).isZero();
  }

  @Test
  void aWrongVersionIsRefusedWithBothVersions() {
    ByteBuf hello = encode(new Frame.Hello(Wire.VERSION + 1, 2, 1, new byte[Wire.NONCE_BYTES]));
    assertRefused(hello, "peer speaks protocol version " + (Wire.VERSION + 1) + ", this process speaks version " + Wire.VERSION);
  }

  @Test
  void unknownTypesAndWrongBodySizesAreRefused() {
    assertRefused(Unpooled.buffer().writeInt(5).writeInt(Wire.MAGIC).writeByte(99), "unknown frame type 99");
    assertRefused(Unpooled.buffer().writeInt(6).writeInt(Wire.MAGIC).writeByte(Wire.HEARTBEAT).writeByte(0),
        "HEARTBEAT frame with a body of 1 bytes, expected 0");
    assertRefused(Unpooled.buffer().writeInt(7).writeInt(Wire.MAGIC).writeByte(Wire.DATA).writeShort(0),
        "has no room for its channel");
    assertRefused(Unpooled.buffer().writeInt(9).writeInt(Wire.MAGIC).writeByte(Wire.DATA).writeInt(-4),
        "negative channel -4");
  }

  private static void assertRefused(ByteBuf input, String message) {
    EmbeddedChannel in = decoder(1 << 20);
    assertThatThrownBy(() -> in.writeInbound(input)).isInstanceOf(DecoderException.class)
        .cause().isInstanceOf(ProtocolException.class).hasMessageContaining(message);
    assertThat(input.refCnt()).as("input after refusal").isZero();
    // what follows is discarded without a second error
    ByteBuf more = Unpooled.buffer().writeBytes(bytes(64, 9));
    assertThat(in.writeInbound(more)).isFalse();
    assertThat(more.refCnt()).isZero();
    Object next = in.readInbound();
    assertThat(next).isNull();
    in.finishAndReleaseAll();
  }

  private static byte[] bytesOf(ByteBuf b) {
    byte[] out = new byte[b.readableBytes()];
    b.getBytes(b.readerIndex(), out);
    return out;
  }
}
