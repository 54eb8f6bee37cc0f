package io.nereid.runtime.net;

import io.netty.buffer.ByteBuf;

/**
 * The wire format of the fabric, all of it. Every frame is
 *
 * <pre>
 *   length : int32   bytes that follow this field (magic + type + body), at most a limit
 *   magic  : int32   0x4E524944 ("NRID"): anything else is not a Nereid peer
 *   type   : int8    HELLO, PROOF, DATA, HEARTBEAT or GOODBYE
 *   body   : length - 5 bytes, by type:
 *     HELLO     version:int32 processes:int32 processId:int32 nonce:32 bytes
 *     PROOF     mac:32 bytes (HMAC-SHA256, see {@link Handshake})
 *     DATA      channel:int32 payload
 *     HEARTBEAT (empty)
 *     GOODBYE   (empty)
 * </pre>
 *
 * All integers are big-endian. A connection opens with HELLO and PROOF from both sides; DATA,
 * HEARTBEAT and GOODBYE follow once both proofs are checked. The version is the first field of
 * HELLO so that any later version is recognized as such.
 */
final class Wire {
  static final int MAGIC = 0x4E524944;
  static final int VERSION = 1;

  static final byte HELLO = 1;
  static final byte PROOF = 2;
  static final byte DATA = 3;
  static final byte HEARTBEAT = 4;
  static final byte GOODBYE = 5;

  static final int NONCE_BYTES = 32;
  static final int MAC_BYTES = 32;

  /** Length, magic and type. */
  static final int HEADER_BYTES = 9;
  /** The header plus the channel of a DATA frame: the payload starts here. */
  static final int DATA_HEADER_BYTES = HEADER_BYTES + 4;
  /** Bytes counted by the length field besides the body: magic and type. */
  static final int LENGTH_OVERHEAD = 5;

  static final int HELLO_BODY = 12 + NONCE_BYTES;
  /** The largest length field accepted before the handshake completes (a HELLO). */
  static final int MAX_HANDSHAKE_LENGTH = LENGTH_OVERHEAD + HELLO_BODY;

  private Wire() {}

  /** The length field of a DATA frame whose payload has {@code payloadBytes} bytes. */
  static int dataLength(int payloadBytes) {
    return LENGTH_OVERHEAD + 4 + payloadBytes;
  }

  static String typeName(byte type) {
    return switch (type) {
      case HELLO -> "HELLO";
      case PROOF -> "PROOF";
      case DATA -> "DATA";
      case HEARTBEAT -> "HEARTBEAT";
      case GOODBYE -> "GOODBYE";
      default -> "unknown type " + type;
    };
  }

  /** Writes the header of a DATA frame with a placeholder length; returns the frame's start. */
  static int startData(ByteBuf out, int channel) {
    int start = out.writerIndex();
    out.writeInt(0);
    out.writeInt(MAGIC);
    out.writeByte(DATA);
    out.writeInt(channel);
    return start;
  }

  /** Sets the length field of the frame that starts at {@code start} and ends at the writer index. */
  static void finishFrame(ByteBuf out, int start) {
    out.setInt(start, out.writerIndex() - start - 4);
  }

  /** Writes one whole frame. */
  static void encode(Frame frame, ByteBuf out) {
    int start = out.writerIndex();
    out.writeInt(0);
    out.writeInt(MAGIC);
    out.writeByte(frame.type());
    if (frame instanceof Frame.Hello h) {
      out.writeInt(h.version());
      out.writeInt(h.processes());
      out.writeInt(h.processId());
      out.writeBytes(h.nonce());
    } else if (frame instanceof Frame.Proof p) {
      out.writeBytes(p.mac());
    } else if (frame instanceof Frame.Data d) {
      out.writeInt(d.channel());
      out.writeBytes(d.payload(), d.payload().readerIndex(), d.payload().readableBytes());
    }
    finishFrame(out, start);
  }

  /**
   * Reads the body of a frame of {@code type}, exactly {@code bodyBytes} bytes from {@code in}.
   * A DATA payload is a retained slice of {@code in}.
   *
   * @throws ProtocolException for an unknown type, a body of the wrong size or a wrong version
   */
  static Frame decodeBody(byte type, ByteBuf in, int bodyBytes) {
    switch (type) {
      case HELLO -> {
        if (bodyBytes >= 4 && in.getInt(in.readerIndex()) != VERSION) {
          throw new ProtocolException("peer speaks protocol version " + in.getInt(in.readerIndex())
              + ", this process speaks version " + VERSION + "; hint: run the same Nereid release on every process");
        }
        expectBody(type, bodyBytes, HELLO_BODY);
        int version = in.readInt();
        int processes = in.readInt();
        int processId = in.readInt();
        byte[] nonce = new byte[NONCE_BYTES];
        in.readBytes(nonce);
        return new Frame.Hello(version, processes, processId, nonce);
      }
      case PROOF -> {
        expectBody(type, bodyBytes, MAC_BYTES);
        byte[] mac = new byte[MAC_BYTES];
        in.readBytes(mac);
        return new Frame.Proof(mac);
      }
      case DATA -> {
        if (bodyBytes < 4) {
          throw new ProtocolException("DATA frame of " + bodyBytes + " bytes has no room for its channel");
        }
        int channel = in.readInt();
        if (channel < 0) {
          throw new ProtocolException("DATA frame for negative channel " + channel);
        }
        return new Frame.Data(channel, in.readRetainedSlice(bodyBytes - 4));
      }
      case HEARTBEAT -> {
        expectBody(type, bodyBytes, 0);
        return new Frame.Heartbeat();
      }
      case GOODBYE -> {
        expectBody(type, bodyBytes, 0);
        return new Frame.Goodbye();
      }
      default -> throw new ProtocolException("unknown frame type " + type);
    }
  }

  private static void expectBody(byte type, int actual, int expected) {
    if (actual != expected) {
      throw new ProtocolException(typeName(type) + " frame with a body of " + actual + " bytes, expected " + expected);
    }
  }
}
