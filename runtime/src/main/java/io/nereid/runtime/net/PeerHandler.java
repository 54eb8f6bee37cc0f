package io.nereid.runtime.net;

import io.nereid.runtime.comm.FrameReceiver;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;
import java.net.SocketAddress;
import java.util.ArrayDeque;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One connection, on its event loop: the handshake (HELLO both ways, then PROOF both ways),
 * then the delivery of DATA frames to receivers, heartbeats, and the end. Anything out of
 * protocol closes the connection with exactly one log line; a DATA payload is released on
 * every path (delivered, held, or dropped).
 */
final class PeerHandler extends ChannelInboundHandlerAdapter {
  static final Logger LOG = Logger.getLogger(NettyFabric.class.getName());

  private final NettyFabric fabric;
  private final boolean dialer;
  private final int expectedPeer;
  private final byte[] nonce = Handshake.nonce();
  private final ByteBufWireReader reader = new ByteBufWireReader();
  /** Frames waiting, in arrival order, behind the first one whose channel has no receiver yet. */
  private final ArrayDeque<Held> held = new ArrayDeque<>();
  private long heldBytes;
  private boolean pausedForHeld;
  private Frame.Hello peerHello;
  private PeerLink link;
  private ScheduledFuture<?> handshakeTimeout;
  private boolean ending;
  private String endReason;
  private ChannelHandlerContext ctx;
  /** Whether this accepted connection counts against {@link NettyFabric#MAX_HANDSHAKES}. */
  private boolean inHandshake;

  /** A handler for a connection this process dialed to {@code expectedPeer}, or accepted ({@code -1}). */
  PeerHandler(NettyFabric fabric, boolean dialer, int expectedPeer) {
    this.fabric = fabric;
    this.dialer = dialer;
    this.expectedPeer = expectedPeer;
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) {
    NetConfig c = fabric.config();
    if (!dialer) {
      if (!fabric.enterHandshake()) {
        end("more than " + NettyFabric.MAX_HANDSHAKES + " connections are in their handshake; refusing this one", true);
        return;
      }
      inHandshake = true;
    }
    ctx.writeAndFlush(new Frame.Hello(Wire.VERSION, c.processes(), c.processId(), nonce));
    handshakeTimeout = ctx.executor().schedule(
        () -> end("no handshake within " + c.handshakeTimeout().toMillis() + " ms", true),
        c.handshakeTimeout().toMillis(), TimeUnit.MILLISECONDS);
    ctx.fireChannelActive();
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    try {
      if (ending || !(msg instanceof Frame frame)) {
        return;
      }
      if (link == null) {
        handshake(frame);
      } else if (frame instanceof Frame.Data data) {
        onData(data.channel(), data.payload());
        msg = null; // ownership of the payload passed on
      } else if (frame instanceof Frame.Goodbye) {
        link.left = true;
      } else if (!(frame instanceof Frame.Heartbeat)) {
        end("unexpected " + Wire.typeName(frame.type()) + " frame after the handshake", true);
      }
    } finally {
      ReferenceCountUtil.release(msg);
    }
  }

  private void handshake(Frame frame) {
    NetConfig c = fabric.config();
    int me = c.processId();
    if (frame instanceof Frame.Hello h && peerHello == null) {
      int id = h.processId();
      if (h.processes() != c.processes()) {
        end("the peer belongs to a computation of " + h.processes() + " processes, this one has " + c.processes()
            + "; hint: give every process the same --processes", true);
      } else if (id < 0 || id >= c.processes() || id == me) {
        end("the peer claims process id " + id + ", which is not another process of [0, " + c.processes() + ")", true);
      } else if (dialer && id != expectedPeer) {
        end("the peer answers as process " + id + " where process " + expectedPeer
            + " was expected; hint: every process needs the same --hosts, in the same order", true);
      } else if (!dialer && id >= me) {
        end("process " + id + " dialed process " + me + ", but only a lower id dials a higher one", true);
      } else {
        peerHello = h;
        byte[] proof = fabric.handshake().proof(dialer ? Handshake.DIALER : Handshake.ACCEPTOR, c.processes(),
            dialerId(), acceptorId(), dialerNonce(), acceptorNonce());
        ctx.writeAndFlush(new Frame.Proof(proof));
      }
    } else if (frame instanceof Frame.Proof p && peerHello != null) {
      boolean ok = fabric.handshake().verify(p.mac(), dialer ? Handshake.ACCEPTOR : Handshake.DIALER,
          c.processes(), dialerId(), acceptorId(), dialerNonce(), acceptorNonce());
      if (!ok) {
        end("wrong proof of the shared secret (HMAC mismatch): the peer does not know it;"
            + " hint: give every process the same --secret-file or " + io.nereid.runtime.comm.SharedSecret.ENV, true);
        return;
      }
      PeerLink l = fabric.authenticated(peerHello.processId(), ctx.channel(), this);
      if (l == null) {
        end("process " + peerHello.processId() + " is already connected", true);
        return;
      }
      handshakeTimeout.cancel(false);
      leaveHandshake();
      link = l;
      ctx.pipeline().get(FrameDecoder.class).allowFramesUpTo(Wire.dataLength(c.maxPayloadBytes()));
      ctx.pipeline().addBefore(ctx.name(), "heartbeat", new IdleStateHandler(c.heartbeatTimeout().toMillis(),
          c.heartbeatInterval().toMillis(), 0, TimeUnit.MILLISECONDS));
    } else {
      end("unexpected " + Wire.typeName(frame.type()) + " frame during the handshake", true);
    }
  }

  private void leaveHandshake() {
    if (inHandshake) {
      inHandshake = false;
      fabric.leaveHandshake();
    }
  }

  private int dialerId() {
    return dialer ? fabric.config().processId() : peerHello.processId();
  }

  private int acceptorId() {
    return dialer ? peerHello.processId() : fabric.config().processId();
  }

  private byte[] dialerNonce() {
    return dialer ? nonce : peerHello.nonce();
  }

  private byte[] acceptorNonce() {
    return dialer ? peerHello.nonce() : nonce;
  }

  private record Held(int channel, ByteBuf payload) {}

  /**
   * Takes ownership of {@code payload}. Delivers it at once if nothing is held and its channel
   * has a receiver; otherwise holds it, so that frames from one process are delivered in the
   * order they were sent whatever their channel.
   */
  private void onData(int channel, ByteBuf payload) {
    if (held.isEmpty()) {
      FrameReceiver receiver = fabric.receiver(channel);
      if (receiver != null) {
        deliver(receiver, channel, payload);
        return;
      }
    }
    held.add(new Held(channel, payload));
    heldBytes += payload.readableBytes();
    if (heldBytes > fabric.config().maxHeldBytes() && !pausedForHeld) {
      pausedForHeld = true;
      ctx.channel().config().setAutoRead(false);
      LOG.warning("process " + fabric.config().processId() + ": holding " + heldBytes + " bytes from process "
          + link.peer + " behind a frame for channel " + held.peek().channel()
          + ", which has no receiver; reading paused until one is registered");
    }
  }

  private void deliver(FrameReceiver receiver, int channel, ByteBuf payload) {
    try {
      if (!ending) {
        receiver.receive(link.peer, reader.reset(payload));
      }
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "process " + fabric.config().processId() + ": the receiver of channel " + channel
          + " failed on a frame from process " + link.peer + "; closing that connection", e);
      end("the receiver of channel " + channel + " failed: " + e, false);
    } finally {
      reader.reset(null);
      payload.release();
    }
  }

  /** Delivers the held frames that now have a receiver, in order. On the event loop. */
  void releaseHeld() {
    while (!held.isEmpty()) {
      Held h = held.peek();
      FrameReceiver receiver = fabric.receiver(h.channel());
      if (receiver == null) {
        break;
      }
      held.poll();
      heldBytes -= h.payload().readableBytes();
      deliver(receiver, h.channel(), h.payload());
    }
    if (pausedForHeld && heldBytes <= fabric.config().maxHeldBytes() / 2 && !ending) {
      pausedForHeld = false;
      ctx.channel().config().setAutoRead(true);
    }
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
    if (evt instanceof IdleStateEvent e) {
      if (e.state() == io.netty.handler.timeout.IdleState.WRITER_IDLE) {
        ctx.writeAndFlush(new Frame.Heartbeat(), ctx.voidPromise());
      } else if (e.state() == io.netty.handler.timeout.IdleState.READER_IDLE && !pausedForHeld) {
        end("no frame or heartbeat for " + fabric.config().heartbeatTimeout().toMillis() + " ms", true);
      }
      return;
    }
    ctx.fireUserEventTriggered(evt);
  }

  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) {
    if (link != null) {
      link.wakeSenders();
    }
    ctx.fireChannelWritabilityChanged();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    Throwable c = cause instanceof DecoderException && cause.getCause() != null ? cause.getCause() : cause;
    if (c instanceof ProtocolException) {
      end(c.getMessage(), true);
    } else if (c instanceof IOException) {
      LOG.fine(() -> describe() + ": " + c);
      end("connection lost: " + c.getMessage(), false);
    } else {
      LOG.log(Level.SEVERE, describe() + ": unexpected error; closing the connection", c);
      end("unexpected error: " + c, false);
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    if (handshakeTimeout != null) {
      handshakeTimeout.cancel(false);
    }
    leaveHandshake();
    for (Held h; (h = held.poll()) != null; ) {
      h.payload().release();
    }
    heldBytes = 0;
    fabric.connectionClosed(this, link, expectedPeer, endReason == null ? "connection closed" : endReason);
    ctx.fireChannelInactive();
  }

  /** Ends the connection once: one log line (if {@code log}), then close. */
  private void end(String reason, boolean log) {
    if (ending) {
      return;
    }
    ending = true;
    endReason = reason;
    if (log) {
      LOG.warning((link != null ? "closing connection to " : dialer ? "refused connection to " : "refused connection from ") + describe() + ": " + reason);
    }
    ctx.close();
  }

  private String describe() {
    SocketAddress remote = ctx == null ? null : ctx.channel().remoteAddress();
    String who = link != null ? "process " + link.peer
        : peerHello != null ? "a peer claiming to be process " + peerHello.processId()
        : dialer ? "process " + expectedPeer + " (dialed)" : "an unidentified peer";
    return who + " at " + remote + " (this is process " + fabric.config().processId() + ")";
  }
}
