package io.nereid.runtime.net;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.runtime.comm.SharedSecret;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A peer that dies (kill -9 of a real process) or goes silent is reported to the failure
 * listeners with its process id; the test's timeout bounds how long that may take, and the
 * time taken is printed.
 */
@ExtendWith(LeakCheck.class)
class PeerFailureTest {

  @Test
  @Timeout(60)
  void aKilledProcessIsReportedByItsId() throws Exception {
    SharedSecret secret = SharedSecret.generate();
    NetConfig config = NetConfig.of(0, 2, secret).withHeartbeat(Duration.ofMillis(200), Duration.ofSeconds(2));
    try (NettyFabric fabric = NettyFabric.bind(config, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
      ProcessBuilder pb = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
          PeerProcessMain.class.getName(), String.valueOf(fabric.localAddress().getPort()));
      pb.environment().put(SharedSecret.ENV, secret.toEnvValue());
      pb.redirectErrorStream(true);
      Process child = pb.start();
      try {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while (!(line = out.readLine()).startsWith("PORT ")) {
          System.out.println("child: " + line);
        }
        int port = Integer.parseInt(line.substring(5).trim());
        CompletableFuture.runAsync(() -> drain(out), r -> new Thread(r).start());
        fabric.connect(List.of(fabric.localAddress(), new InetSocketAddress(InetAddress.getLoopbackAddress(), port)),
            Duration.ofSeconds(30));
        BlockingQueue<Long> echoes = new LinkedBlockingQueue<>();
        fabric.register(0, (from, in) -> echoes.add(in.readLong()));
        BlockingQueue<String> lost = new LinkedBlockingQueue<>();
        fabric.addFailureListener((p, reason) -> lost.add(p + ": " + reason));
        fabric.send(1, 0, o -> o.writeLong(41));
        assertThat(echoes.take()).as("the child process answers").isEqualTo(42);

        long start = System.nanoTime();
        child.destroyForcibly(); // SIGKILL: no goodbye, no cleanup
        String report = lost.take();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("killed process 1 reported after " + millis + " ms: " + report);
        assertThat(report).startsWith("1: ");
      } finally {
        child.destroyForcibly().waitFor();
      }
    }
  }

  private static void drain(BufferedReader out) {
    try {
      for (String l; (l = out.readLine()) != null; ) {
        System.out.println("child: " + l);
      }
    } catch (java.io.IOException e) {
      // the child is gone
    }
  }

  @Test
  @Timeout(30)
  void aPeerThatGoesSilentIsReportedWhenItsHeartbeatsStop() throws Exception {
    try (Cluster c = Cluster.bind(2, cfg -> cfg.withHeartbeat(Duration.ofMillis(100), Duration.ofMillis(800)));
        LogCapture log = LogCapture.fabric()) {
      NettyFabric fabric = c.get(1); // process 1 waits for process 0 to dial; a raw socket plays process 0
      BlockingQueue<String> lost = new LinkedBlockingQueue<>();
      fabric.addFailureListener((p, reason) -> lost.add(p + ": " + reason));
      CompletableFuture<Void> connected = CompletableFuture.runAsync(
          () -> fabric.connect(c.hosts, Duration.ofSeconds(20)), r -> new Thread(r).start());
      try (RawPeer zero = new RawPeer(c.hosts.get(1))) {
        byte[] nonce = Handshake.nonce();
        zero.send(new Frame.Hello(Wire.VERSION, 2, 0, nonce));
        Frame.Hello hello = (Frame.Hello) zero.readFrame();
        zero.readFrame();
        zero.send(new Frame.Proof(new Handshake(Cluster.SECRET).proof(Handshake.DIALER, 2, 0, 1, nonce, hello.nonce())));
        connected.join();
        // process 0 now says nothing at all, not even heartbeats, but keeps the connection open
        assertThat(lost.take()).isEqualTo("0: no frame or heartbeat for 800 ms");
        assertThat(log.await("closing connection to process 0")).contains("no frame or heartbeat for 800 ms");
      }
    }
  }
}
