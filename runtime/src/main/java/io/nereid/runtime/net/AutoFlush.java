package io.nereid.runtime.net;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;

/**
 * Flushes what was written, once per run of the event loop's task queue: the first write
 * schedules a flush behind every write already queued, so that many frames sent between two
 * runs cost one flush (one system call), and no write is ever left unflushed. Senders on other
 * threads only {@code write}; their writes reach this handler in order, on the event loop.
 */
final class AutoFlush extends ChannelOutboundHandlerAdapter {
  private boolean scheduled;
  private Runnable flush;

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    flush = () -> {
      scheduled = false;
      ctx.flush();
    };
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
    ctx.write(msg, promise);
    if (!scheduled) {
      scheduled = true;
      ctx.executor().execute(flush);
    }
  }
}
