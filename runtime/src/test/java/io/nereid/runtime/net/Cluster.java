package io.nereid.runtime.net;

import io.nereid.runtime.comm.SharedSecret;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

/** P fabrics on loopback in one JVM, connected to each other; closes them all. */
final class Cluster implements AutoCloseable {
  static final SharedSecret SECRET = SharedSecret.of("a secret for the tests of nereid".getBytes());

  final List<NettyFabric> fabrics = new ArrayList<>();
  final List<InetSocketAddress> hosts = new ArrayList<>();

  /** Binds P fabrics on free loopback ports; call {@link #connect()} next. */
  static Cluster bind(int processes, UnaryOperator<NetConfig> tweak) {
    Cluster c = new Cluster();
    for (int i = 0; i < processes; i++) {
      NetConfig config = tweak.apply(NetConfig.of(i, processes, SECRET));
      NettyFabric f = NettyFabric.bind(config, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      c.fabrics.add(f);
      c.hosts.add(f.localAddress());
    }
    return c;
  }

  static Cluster start(int processes, UnaryOperator<NetConfig> tweak) {
    Cluster c = bind(processes, tweak);
    c.connect();
    return c;
  }

  /** Connects every fabric, all at once (each waits for the others). */
  void connect() {
    List<CompletableFuture<Void>> all = new ArrayList<>();
    for (NettyFabric f : fabrics) {
      all.add(CompletableFuture.runAsync(() -> f.connect(hosts, Duration.ofSeconds(20)), r -> new Thread(r).start()));
    }
    all.forEach(CompletableFuture::join);
  }

  NettyFabric get(int i) {
    return fabrics.get(i);
  }

  @Override
  public void close() {
    fabrics.forEach(NettyFabric::close);
  }
}
