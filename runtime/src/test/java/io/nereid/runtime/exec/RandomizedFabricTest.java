package io.nereid.runtime.exec;

import io.nereid.runtime.comm.Fabric;
import io.nereid.runtime.comm.LocalFabric;
import io.nereid.runtime.comm.LongBatchCodec;
import io.nereid.runtime.comm.SharedSecret;
import io.nereid.runtime.net.NetConfig;
import io.nereid.runtime.net.NettyFabric;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The randomized runs of {@link RandomizedRuntimeTest} on 2 or 3 processes connected by a real
 * {@link Fabric}, through {@link Cluster#over}: batches and progress are encoded on the wire,
 * either in memory ({@link LocalFabric}) or over TCP on loopback ({@link NettyFabric}). The answers
 * must be the sequential ones, with the notification contract kept everywhere.
 */
class RandomizedFabricTest {
  private static final SharedSecret SECRET = SharedSecret.of("randomized runtime tests".getBytes(StandardCharsets.UTF_8));

  static Stream<Arguments> runs() {
    List<Arguments> runs = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      runs.add(Arguments.of("local", 2_000_029L * i + 5));
    }
    for (int i = 0; i < 12; i++) {
      runs.add(Arguments.of("tcp", 3_000_017L * i + 13));
    }
    return runs.stream();
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("runs")
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void processesOverAFabricComputeTheSequentialAnswer(String transport, long seed) {
    int processes = 2 + (int) Math.floorMod(seed, 2L);
    RandomizedScenario s = RandomizedScenario.of(seed, processes);
    RandomizedScenario.Built built = s.new Built();
    List<Fabric> fabrics = new ArrayList<>(transport.equals("tcp") ? tcp(processes) : LocalFabric.create(processes));
    List<Computation> computations = new ArrayList<>();
    try {
      for (Fabric f : fabrics) {
        computations.add(Cluster.over(f, s.config()).start(built.graph, List.of(LongBatchCodec.INSTANCE)));
      }
      built.drive(computations);
    } finally {
      computations.forEach(Computation::close);
      fabrics.forEach(Fabric::close);
    }
  }

  private static List<NettyFabric> tcp(int processes) {
    List<NettyFabric> fabrics = new ArrayList<>();
    List<InetSocketAddress> hosts = new ArrayList<>();
    for (int p = 0; p < processes; p++) {
      NettyFabric f = NettyFabric.bind(NetConfig.of(p, processes, SECRET),
          new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      fabrics.add(f);
      hosts.add(f.localAddress());
    }
    List<CompletableFuture<Void>> connecting = new ArrayList<>();
    for (NettyFabric f : fabrics) {
      connecting.add(CompletableFuture.runAsync(() -> f.connect(hosts, Duration.ofSeconds(20)),
          r -> new Thread(r, "connect").start()));
    }
    connecting.forEach(CompletableFuture::join);
    return fabrics;
  }
}
