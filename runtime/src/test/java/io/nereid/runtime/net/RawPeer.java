package io.nereid.runtime.net;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;

/** A hand-driven TCP client speaking (or not speaking) the fabric's wire format, for tests. */
final class RawPeer implements AutoCloseable {
  private final Socket socket;
  private final OutputStream out;
  private final DataInputStream in;

  RawPeer(InetSocketAddress address) throws IOException {
    this(address, 20_000);
  }

  /** A peer whose reads give up after {@code readTimeoutMillis}. */
  RawPeer(InetSocketAddress address, int readTimeoutMillis) throws IOException {
    socket = new Socket(address.getAddress(), address.getPort());
    socket.setSoTimeout(readTimeoutMillis);
    out = socket.getOutputStream();
    in = new DataInputStream(socket.getInputStream());
  }

  void sendBytes(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  void send(Frame frame) throws IOException {
    ByteBuf buf = Unpooled.buffer();
    Wire.encode(frame, buf);
    byte[] bytes = new byte[buf.readableBytes()];
    buf.readBytes(bytes);
    buf.release();
    sendBytes(bytes);
  }

  /** Reads one HELLO or PROOF frame. */
  Frame readFrame() throws IOException {
    int length = in.readInt();
    int magic = in.readInt();
    if (magic != Wire.MAGIC) {
      throw new IOException("bad magic from the fabric");
    }
    byte type = in.readByte();
    byte[] body = new byte[length - Wire.LENGTH_OVERHEAD];
    in.readFully(body);
    ByteBuf b = Unpooled.wrappedBuffer(body);
    Frame f = Wire.decodeBody(type, b, body.length);
    b.release();
    return f;
  }

  /** Reads until the other side closes; true if it did (end of stream or reset). */
  boolean awaitClosedByPeer() {
    try {
      while (in.read() >= 0) {
        // discard what the peer sent before closing (its HELLO)
      }
      return true;
    } catch (java.net.SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      return true; // connection reset
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
