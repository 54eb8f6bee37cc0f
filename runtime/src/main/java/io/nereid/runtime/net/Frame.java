package io.nereid.runtime.net;

import io.netty.buffer.ByteBuf;
import io.netty.util.ReferenceCounted;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A decoded frame, one record per message type of {@link Wire}. Only {@link Data} holds a
 * buffer (a slice of the received bytes) and must be released by whoever consumes it.
 */
sealed interface Frame {
  /** The message type byte on the wire. */
  byte type();

  /** The first message on a connection, from both sides: who I am, and a challenge for you. */
  record Hello(int version, int processes, int processId, byte[] nonce) implements Frame {
    public Hello {
      Objects.requireNonNull(nonce, "nonce");
      if (nonce.length != Wire.NONCE_BYTES) {
        throw new IllegalArgumentException("nonce must have " + Wire.NONCE_BYTES + " bytes");
      }
    }

    @Override
    public byte type() {
      return Wire.HELLO;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Hello h && h.version == version && h.processes == processes
          && h.processId == processId && Arrays.equals(h.nonce, nonce);
    }

    @Override
    public int hashCode() {
      return Objects.hash(version, processes, processId, Arrays.hashCode(nonce));
    }

    @Override
    public String toString() {
      return "Hello[version=" + version + ", processes=" + processes + ", processId=" + processId + "]";
    }
  }

  /** The answer to the peer's challenge: an HMAC that only a holder of the secret can compute. */
  record Proof(byte[] mac) implements Frame {
    public Proof {
      Objects.requireNonNull(mac, "mac");
      if (mac.length != Wire.MAC_BYTES) {
        throw new IllegalArgumentException("mac must have " + Wire.MAC_BYTES + " bytes");
      }
    }

    @Override
    public byte type() {
      return Wire.PROOF;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Proof p && Arrays.equals(p.mac, mac);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(mac);
    }

    @Override
    public String toString() {
      return "Proof[" + HexFormat.of().formatHex(mac, 0, 4) + "...]";
    }
  }

  /** A frame of the fabric: a channel and its payload (a retained slice; release it). */
  record Data(int channel, ByteBuf payload) implements Frame, ReferenceCounted {
    public Data {
      Objects.requireNonNull(payload, "payload");
    }

    @Override
    public byte type() {
      return Wire.DATA;
    }

    @Override
    public int refCnt() {
      return payload.refCnt();
    }

    @Override
    public Data retain() {
      payload.retain();
      return this;
    }

    @Override
    public Data retain(int increment) {
      payload.retain(increment);
      return this;
    }

    @Override
    public Data touch() {
      payload.touch();
      return this;
    }

    @Override
    public Data touch(Object hint) {
      payload.touch(hint);
      return this;
    }

    @Override
    public boolean release() {
      return payload.release();
    }

    @Override
    public boolean release(int decrement) {
      return payload.release(decrement);
    }
  }

  /** Sent when nothing else was sent for a while: proves the peer alive. */
  record Heartbeat() implements Frame {
    @Override
    public byte type() {
      return Wire.HEARTBEAT;
    }
  }

  /** The peer leaves cleanly; its connection closing next is not a failure. */
  record Goodbye() implements Frame {
    @Override
    public byte type() {
      return Wire.GOODBYE;
    }
  }
}
