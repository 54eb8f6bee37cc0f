package io.nereid.runtime.net;

import io.nereid.runtime.comm.FabricException;
import io.nereid.runtime.comm.FrameWriter;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An authenticated peer, as senders see it. {@link #send} encodes a DATA frame straight into a
 * pooled buffer on the calling thread, waits while the connection is not writable (more than
 * the outstanding-bytes bound queued: flow control), writes it without a promise and makes
 * sure the event loop wakes up for it; {@link AutoFlush} flushes, once for many sends.
 */
final class PeerLink {
  private static final ThreadLocal<ByteBufWireWriter> WRITERS = ThreadLocal.withInitial(ByteBufWireWriter::new);

  final int peer;
  final Channel channel;
  final PeerHandler handler;
  private final int maxPayload;
  private final Object writable = new Object();
  private volatile int sizeHint = 256;
  /**
   * A write from outside the event loop is queued lazily by Netty (it does not wake the loop);
   * one wake-up task per burst of sends gets it processed, and {@link AutoFlush} flushes it.
   */
  private final AtomicBoolean wakePending = new AtomicBoolean();
  private final Runnable wake = () -> wakePending.set(false);
  /** Set when the peer said GOODBYE: its disconnection is then no failure. */
  volatile boolean left;
  /** Set when this process closed or aborted its fabric. */
  volatile boolean closedLocally;
  /** Why the connection ended, once it has. */
  volatile String closedReason;

  PeerLink(int peer, Channel channel, PeerHandler handler, int maxPayload) {
    this.peer = peer;
    this.channel = channel;
    this.handler = handler;
    this.maxPayload = maxPayload;
  }

  void send(int channelId, FrameWriter payload) {
    ByteBuf buf = channel.alloc().directBuffer(sizeHint);
    boolean written = false;
    try {
      int start = Wire.startData(buf, channelId);
      ByteBufWireWriter out = WRITERS.get().reset(buf);
      try {
        payload.writeTo(out);
      } finally {
        out.reset(null);
      }
      int payloadBytes = buf.writerIndex() - start - Wire.DATA_HEADER_BYTES;
      if (payloadBytes > maxPayload) {
        throw new IllegalArgumentException("payload of " + payloadBytes + " bytes exceeds the limit of " + maxPayload
            + " bytes; hint: split the batch");
      }
      Wire.finishFrame(buf, start);
      sizeHint = Math.max(64, Math.min(buf.writerIndex(), 1 << 20));
      awaitWritable();
      channel.write(buf, channel.voidPromise());
      written = true;
    } finally {
      if (!written) {
        buf.release();
      }
    }
    // A wake-up queued behind the write (or one still pending, itself behind an earlier write
    // of this burst, which the awakened loop processes along with this one) gets it processed.
    if (wakePending.compareAndSet(false, true)) {
      try {
        channel.eventLoop().execute(wake);
      } catch (java.util.concurrent.RejectedExecutionException e) {
        wakePending.set(false); // the fabric is shutting down: the write fails and is released
      }
    }
  }

  private void awaitWritable() {
    if (channel.isWritable() || channel.eventLoop().inEventLoop()) {
      checkUsable();
      return;
    }
    boolean interrupted = false;
    synchronized (writable) {
      while (!channel.isWritable()) {
        checkUsable();
        try {
          writable.wait(100);
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    checkUsable();
  }

  private void checkUsable() {
    String reason = closedReason;
    if (closedLocally) {
      throw new FabricException(-1, "the fabric of this process is closed");
    }
    if (reason != null || !channel.isActive()) {
      throw new FabricException(peer, left
          ? "process " + peer + " has left the computation"
          : "process " + peer + " was lost: " + (reason == null ? "connection closed" : reason));
    }
  }

  /** Wakes senders waiting for the connection (writability changed, or it closed). */
  void wakeSenders() {
    synchronized (writable) {
      writable.notifyAll();
    }
  }
}
