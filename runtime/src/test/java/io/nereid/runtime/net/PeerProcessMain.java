package io.nereid.runtime.net;

import io.nereid.runtime.comm.SharedSecret;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A process of a two-process computation, for tests that need a real second JVM (to kill it):
 * process 1, listening on a free loopback port that it prints as {@code PORT n}; it echoes every
 * frame of channel 0 back to its sender and runs until killed. Args: the address of process 0.
 */
public final class PeerProcessMain {
  private PeerProcessMain() {}

  public static void main(String[] args) throws Exception {
    SharedSecret secret = SharedSecret.resolve(null, Map.of(SharedSecret.ENV, System.getenv(SharedSecret.ENV)));
    NetConfig config = NetConfig.of(1, 2, secret).withHeartbeat(Duration.ofMillis(200), Duration.ofSeconds(2));
    NettyFabric fabric = NettyFabric.bind(config, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    System.out.println("PORT " + fabric.localAddress().getPort());
    System.out.flush();
    fabric.register(0, (from, in) -> {
      long v = in.readLong();
      fabric.send(from, 0, out -> out.writeLong(v + 1));
    });
    InetSocketAddress zero = new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0]));
    fabric.connect(List.of(zero, fabric.localAddress()), Duration.ofSeconds(30));
    Thread.sleep(Long.MAX_VALUE);
  }
}
