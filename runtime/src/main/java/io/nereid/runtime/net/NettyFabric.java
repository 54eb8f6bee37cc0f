package io.nereid.runtime.net;

import io.nereid.runtime.comm.Fabric;
import io.nereid.runtime.comm.FabricException;
import io.nereid.runtime.comm.FrameReceiver;
import io.nereid.runtime.comm.FrameWriter;
import io.nereid.runtime.comm.PeerFailureListener;
import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The {@link Fabric} of a process of a computation spread over TCP.
 *
 * <p>Life: {@link #bind} listens on this process's address; {@link #connect} dials every
 * process of a higher id (retrying until they listen), waits for every lower one to dial in,
 * and returns once all P-1 peers are authenticated ({@link #start} does both). One connection
 * per pair of processes, {@code TCP_NODELAY}, buffers from Netty's pooled allocator, a
 * heartbeat after a second of silence; a peer silent past the timeout, or whose connection
 * drops, is reported to the {@link PeerFailureListener}s. {@link #close} says GOODBYE first,
 * so that the peers do not take the departure for a failure.
 */
public final class NettyFabric implements Fabric {
  private static final int MAX_CHANNEL = 1 << 20;
  /** Accepted connections allowed in their handshake at once: strangers cannot pile up. */
  static final int MAX_HANDSHAKES = 64;

  private final NetConfig config;
  private final Handshake handshake;
  private final EventLoopGroup acceptGroup;
  private final EventLoopGroup ioGroup;
  private final Channel server;
  private final AtomicReferenceArray<PeerLink> links;
  private final List<CompletableFuture<Void>> established = new ArrayList<>();
  private final AtomicReferenceArray<String> lastError;
  private final Set<Channel> connections = ConcurrentHashMap.newKeySet();
  private final Map<Integer, String> failures = new LinkedHashMap<>();
  private final List<PeerFailureListener> listeners = new ArrayList<>();
  private volatile FrameReceiver[] receivers = new FrameReceiver[16];
  private final java.util.concurrent.atomic.AtomicInteger handshakes = new java.util.concurrent.atomic.AtomicInteger();
  private volatile boolean closing;

  private NettyFabric(NetConfig config, InetSocketAddress listen) {
    this.config = Objects.requireNonNull(config, "config");
    this.handshake = new Handshake(config.secret());
    int p = config.processes();
    this.links = new AtomicReferenceArray<>(p);
    this.lastError = new AtomicReferenceArray<>(p);
    for (int i = 0; i < p; i++) {
      established.add(new CompletableFuture<>());
    }
    established.get(config.processId()).complete(null);
    String name = "nereid-net-p" + config.processId();
    this.acceptGroup = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory(name + "-accept", true),
        NioIoHandler.newFactory());
    this.ioGroup = new MultiThreadIoEventLoopGroup(config.ioThreads(), new DefaultThreadFactory(name + "-io", true),
        NioIoHandler.newFactory());
    ServerBootstrap b = new ServerBootstrap()
        .group(acceptGroup, ioGroup)
        .channel(NioServerSocketChannel.class)
        .option(ChannelOption.SO_REUSEADDR, true)
        .option(ChannelOption.SO_BACKLOG, 128)
        .childHandler(initializer(false, -1));
    options(b::childOption);
    try {
      this.server = b.bind(listen).syncUninterruptibly().channel();
    } catch (Exception e) { // Netty rethrows the checked BindException as it is
      shutdownGroups();
      throw new FabricException(-1, "process " + config.processId() + " cannot listen on " + listen + ": " + e
          + "; hint: is the port in use, or is this host not the one --hosts names for process " + config.processId() + "?", e);
    }
  }

  /** Listens on {@code listen} (port 0 picks a free port, see {@link #localAddress()}). */
  public static NettyFabric bind(NetConfig config, InetSocketAddress listen) {
    return new NettyFabric(config, Objects.requireNonNull(listen, "listen"));
  }

  /** Binds on {@code hosts.get(processId)} and {@link #connect connects} to the others. */
  public static NettyFabric start(NetConfig config, List<InetSocketAddress> hosts, Duration timeout) {
    NettyFabric f = bind(config, hosts.get(config.processId()));
    f.connect(hosts, timeout);
    return f;
  }

  /** The address this process listens on. */
  public InetSocketAddress localAddress() {
    return (InetSocketAddress) server.localAddress();
  }

  NetConfig config() {
    return config;
  }

  Handshake handshake() {
    return handshake;
  }

  /** The options of every connection, through {@code set} (a bootstrap's option or childOption). */
  private void options(java.util.function.BiConsumer<ChannelOption<Object>, Object> set) {
    set.accept(cast(ChannelOption.TCP_NODELAY), true);
    set.accept(cast(ChannelOption.SO_KEEPALIVE), true);
    set.accept(cast(ChannelOption.ALLOCATOR), PooledByteBufAllocator.DEFAULT);
    set.accept(cast(ChannelOption.WRITE_BUFFER_WATER_MARK),
        new WriteBufferWaterMark(Math.max(1, config.maxOutstandingBytes() / 2), config.maxOutstandingBytes()));
    if (config.socketBufferBytes() > 0) {
      set.accept(cast(ChannelOption.SO_SNDBUF), config.socketBufferBytes());
      set.accept(cast(ChannelOption.SO_RCVBUF), config.socketBufferBytes());
    }
  }

  @SuppressWarnings("unchecked")
  private static ChannelOption<Object> cast(ChannelOption<?> o) {
    return (ChannelOption<Object>) o;
  }

  private ChannelInitializer<SocketChannel> initializer(boolean dialer, int expectedPeer) {
    return new ChannelInitializer<>() {
      @Override
      protected void initChannel(SocketChannel ch) {
        if (closing) {
          ch.close();
          return;
        }
        connections.add(ch);
        ch.closeFuture().addListener(f -> connections.remove(ch));
        ch.pipeline().addLast("frames", new FrameDecoder());
        ch.pipeline().addLast("encoder", FrameEncoder.INSTANCE);
        ch.pipeline().addLast("flush", new AutoFlush());
        ch.pipeline().addLast("peer", new PeerHandler(NettyFabric.this, dialer, expectedPeer));
      }
    };
  }

  /**
   * Connects to every other process and waits until all are authenticated.
   *
   * @param hosts the address of every process, by id (this one's is not used)
   * @throws FabricException naming the processes not reached within {@code timeout}; the
   *     fabric is closed then
   */
  public void connect(List<InetSocketAddress> hosts, Duration timeout) {
    if (hosts.size() != config.processes()) {
      throw new IllegalArgumentException(hosts.size() + " hosts given for " + config.processes()
          + " processes; hint: --hosts needs one host:port per process");
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    for (int j = config.processId() + 1; j < config.processes(); j++) {
      dial(j, hosts.get(j), deadline);
    }
    List<String> missing = new ArrayList<>();
    int firstMissing = -1;
    for (int j = 0; j < config.processes(); j++) {
      try {
        established.get(j).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (TimeoutException | ExecutionException e) {
        firstMissing = firstMissing < 0 ? j : firstMissing;
        String error = lastError.get(j);
        missing.add("process " + j + " at " + hosts.get(j)
            + (j > config.processId() ? " (not reached" : " (did not connect") + (error == null ? ")" : "; last error: " + error + ")"));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        close();
        throw new FabricException(-1, "interrupted while connecting to the other processes", e);
      }
    }
    if (!missing.isEmpty()) {
      close();
      throw new FabricException(firstMissing, "process " + config.processId() + " could not connect to "
          + String.join(", ", missing) + " within " + timeout.toMillis() + " ms; hint: start every process with"
          + " the same --processes, --hosts and secret");
    }
  }

  private void dial(int peer, InetSocketAddress address, long deadline) {
    if (closing || established.get(peer).isDone()) {
      return;
    }
    Bootstrap b = new Bootstrap().group(ioGroup).channel(NioSocketChannel.class)
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 2000)
        .handler(initializer(true, peer));
    options(b::option);
    b.connect(address).addListener((ChannelFuture f) -> {
      if (!f.isSuccess()) {
        lastError.set(peer, String.valueOf(f.cause()));
        retry(peer, address, deadline);
      } else {
        f.channel().closeFuture().addListener(c -> retry(peer, address, deadline));
      }
    });
  }

  private void retry(int peer, InetSocketAddress address, long deadline) {
    if (!closing && !established.get(peer).isDone() && System.nanoTime() < deadline) {
      ioGroup.schedule(() -> dial(peer, address, deadline), 100, TimeUnit.MILLISECONDS);
    }
  }

  /** Admits one more accepted connection into its handshake, unless too many are. */
  boolean enterHandshake() {
    if (handshakes.incrementAndGet() > MAX_HANDSHAKES) {
      handshakes.decrementAndGet();
      return false;
    }
    return true;
  }

  void leaveHandshake() {
    handshakes.decrementAndGet();
  }

  /** Called by a handler once the peer proved the secret; null if that peer is already connected. */
  PeerLink authenticated(int peer, Channel channel, PeerHandler handler) {
    PeerLink link = new PeerLink(peer, channel, handler, config.maxPayloadBytes());
    if (closing || !links.compareAndSet(peer, null, link)) {
      return null;
    }
    established.get(peer).complete(null);
    return link;
  }

  /** Called by a handler when its connection closed: a failure if it was an established peer. */
  void connectionClosed(PeerHandler handler, PeerLink link, int dialedPeer, String reason) {
    if (link == null) {
      if (dialedPeer >= 0) {
        lastError.set(dialedPeer, reason);
      }
      return;
    }
    link.closedReason = reason;
    link.wakeSenders();
    if (!closing && !link.left) {
      reportFailure(link.peer, reason);
    }
  }

  private void reportFailure(int peer, String reason) {
    synchronized (failures) {
      if (closing || failures.putIfAbsent(peer, reason) != null) {
        return;
      }
      PeerHandler.LOG.warning("process " + config.processId() + " lost process " + peer + ": " + reason);
      for (PeerFailureListener l : listeners) {
        l.peerFailed(peer, reason);
      }
    }
  }

  FrameReceiver receiver(int channel) {
    FrameReceiver[] r = receivers;
    return channel < r.length ? r[channel] : null;
  }

  @Override
  public int processes() {
    return config.processes();
  }

  @Override
  public int processId() {
    return config.processId();
  }

  @Override
  public int maxPayloadBytes() {
    return config.maxPayloadBytes();
  }

  @Override
  public void send(int process, int channel, FrameWriter payload) {
    Objects.requireNonNull(payload, "payload");
    if (process < 0 || process >= config.processes() || process == config.processId()) {
      throw new IllegalArgumentException("cannot send to process " + process + " from process " + config.processId()
          + " of " + config.processes() + " (only to another process in [0, " + config.processes() + "))");
    }
    if (channel < 0) {
      throw new IllegalArgumentException("channel must be >= 0, was " + channel);
    }
    if (closing) {
      throw new FabricException(-1, "the fabric of process " + config.processId() + " is closed");
    }
    PeerLink link = links.get(process);
    if (link == null) {
      throw new FabricException(process, "process " + process + " is not connected; hint: call connect() first");
    }
    link.send(channel, payload);
  }

  @Override
  public void register(int channel, FrameReceiver receiver) {
    Objects.requireNonNull(receiver, "receiver");
    if (channel < 0 || channel >= MAX_CHANNEL) {
      throw new IllegalArgumentException("channel must be in [0, " + MAX_CHANNEL + "), was " + channel);
    }
    synchronized (this) {
      FrameReceiver[] r = receivers;
      if (channel < r.length && r[channel] != null) {
        throw new IllegalStateException("channel " + channel + " already has a receiver in process " + config.processId());
      }
      FrameReceiver[] next = Arrays.copyOf(r, Math.max(r.length, Integer.highestOneBit(channel) * 2));
      next[channel] = receiver;
      receivers = next;
    }
    if (closing) {
      return;
    }
    for (int i = 0; i < links.length(); i++) {
      PeerLink link = links.get(i);
      if (link != null && link.channel.isActive()) {
        try {
          link.channel.eventLoop().execute(link.handler::releaseHeld);
        } catch (java.util.concurrent.RejectedExecutionException e) {
          // the fabric is shutting down: nothing held will be delivered any more
        }
      }
    }
  }

  @Override
  public void addFailureListener(PeerFailureListener listener) {
    Objects.requireNonNull(listener, "listener");
    synchronized (failures) {
      listeners.add(listener);
      failures.forEach(listener::peerFailed);
    }
  }

  /**
   * Leaves abruptly, as a crash would: every connection is dropped without GOODBYE, so the
   * peers report this process as lost. For a process that fails and wants the computation to
   * stop at once rather than wait for heartbeats to time out.
   */
  @Override
  public void abort() {
    synchronized (failures) {
      if (closing) {
        return;
      }
      closing = true;
    }
    markLinksClosedLocally();
    for (Channel ch : connections) {
      ch.close();
    }
    for (int i = 0; i < links.length(); i++) {
      PeerLink link = links.get(i);
      if (link != null) {
        link.closedReason = "this fabric was aborted";
        link.wakeSenders();
      }
    }
    server.close();
    shutdownGroups();
  }

  @Override
  public void close() {
    synchronized (failures) {
      if (closing) {
        return;
      }
      closing = true;
    }
    markLinksClosedLocally();
    List<ChannelFuture> closed = new ArrayList<>();
    for (Channel ch : connections) {
      boolean isLink = false;
      for (int i = 0; i < links.length(); i++) {
        PeerLink link = links.get(i);
        isLink |= link != null && link.channel == ch;
      }
      if (isLink && ch.isActive()) {
        ch.writeAndFlush(new Frame.Goodbye()).addListener(ChannelFutureListener.CLOSE);
      } else {
        ch.close();
      }
      closed.add(ch.closeFuture());
    }
    boolean onIoThread = onIoThread();
    for (ChannelFuture f : closed) {
      if (!onIoThread) {
        f.awaitUninterruptibly(2000);
      }
    }
    for (int i = 0; i < links.length(); i++) {
      PeerLink link = links.get(i);
      if (link != null) {
        if (link.closedReason == null) {
          link.closedReason = "this fabric is closed";
        }
        link.wakeSenders();
      }
    }
    ChannelFuture serverClosed = server.close();
    if (!onIoThread) {
      serverClosed.awaitUninterruptibly(2000);
    }
    shutdownGroups();
  }

  private void markLinksClosedLocally() {
    for (int i = 0; i < links.length(); i++) {
      PeerLink link = links.get(i);
      if (link != null) {
        link.closedLocally = true;
      }
    }
  }

  private boolean onIoThread() {
    for (io.netty.util.concurrent.EventExecutor e : ioGroup) {
      if (e.inEventLoop()) {
        return true;
      }
    }
    return false;
  }

  private void shutdownGroups() {
    ioGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS);
    acceptGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS);
    if (!onIoThread()) {
      ioGroup.terminationFuture().awaitUninterruptibly(5000);
      acceptGroup.terminationFuture().awaitUninterruptibly(5000);
    }
  }

  @Override
  public String toString() {
    return "NettyFabric[process " + config.processId() + " of " + config.processes() + " at " + server.localAddress() + "]";
  }
}
