package io.nereid.runtime.net;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.runtime.comm.SharedSecret;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Strangers on a raw socket (garbage, a wrong secret, a wrong version, a huge length prefix,
 * a false identity) are refused with one log line each, while the legitimate processes of the
 * computation go on exchanging frames and see no failure.
 */
@Timeout(60)
@ExtendWith(LeakCheck.class)
class HostileConnectionTest {
  private static Cluster cluster;
  private static final List<String> failures = Collections.synchronizedList(new ArrayList<>());
  private static final BlockingQueue<String> received = new LinkedBlockingQueue<>();
  private LogCapture log;

  @BeforeAll
  static void startTheComputation() {
    cluster = Cluster.start(3, cfg -> cfg);
    for (NettyFabric f : cluster.fabrics) {
      f.addFailureListener((p, reason) -> failures.add(f.processId() + " lost " + p + ": " + reason));
      f.register(0, (from, in) -> received.add(from + "->" + f.processId() + ": " + in.readString()));
    }
  }

  @AfterAll
  static void stop() {
    cluster.close();
  }

  @BeforeEach
  void captureTheLog() {
    log = LogCapture.fabric();
  }

  /** Process 2 accepts connections from 0 and 1: the strangers knock on its door. */
  private static InetSocketAddress target() {
    return cluster.hosts.get(2);
  }

  private void assertRefusedWithOneLogLine(RawPeer peer, String reason) throws Exception {
    assertThat(peer.awaitClosedByPeer()).as("the fabric closed the connection").isTrue();
    String line = log.await(reason);
    assertThat(line).startsWith("WARNING: refused connection from ").contains("(this is process 2)");
    assertThat(log.containing("refused connection")).as("log lines for this refusal").hasSize(1);
    log.close();
    theComputationIsUnaffected();
  }

  private static void theComputationIsUnaffected() throws InterruptedException {
    for (int from = 0; from < 3; from++) {
      for (int to = 0; to < 3; to++) {
        if (from != to) {
          String text = "still here " + System.nanoTime();
          cluster.get(from).send(to, 0, out -> out.writeString(text));
          assertThat(received.take()).isEqualTo(from + "->" + to + ": " + text);
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void garbageIsRefused() throws Exception {
    try (RawPeer peer = new RawPeer(target())) {
      peer.sendBytes("GET / HTTP/1.1\r\nHost: nereid\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      assertRefusedWithOneLogLine(peer, "wrong magic number 0x2f204854 (expected 0x4e524944): not a Nereid peer");
    }
  }

  @Test
  void aHugeLengthPrefixIsRefusedAtOnce() throws Exception {
    try (RawPeer peer = new RawPeer(target())) {
      peer.sendBytes(new byte[] {0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff});
      assertRefusedWithOneLogLine(peer, "frame length 2147483647 outside the allowed range");
    }
  }

  @Test
  void aWrongVersionIsRefused() throws Exception {
    try (RawPeer peer = new RawPeer(target())) {
      peer.send(new Frame.Hello(Wire.VERSION + 6, 3, 0, Handshake.nonce()));
      assertRefusedWithOneLogLine(peer, "peer speaks protocol version " + (Wire.VERSION + 6));
    }
  }

  @Test
  void aWrongSecretIsRefusedAndTheSecretNeverCrossesTheWire() throws Exception {
    try (RawPeer peer = new RawPeer(target())) {
      byte[] nonce = Handshake.nonce();
      peer.send(new Frame.Hello(Wire.VERSION, 3, 0, nonce));
      Frame.Hello hello = (Frame.Hello) peer.readFrame();
      assertThat(hello.processId()).isEqualTo(2);
      Frame.Proof theirs = (Frame.Proof) peer.readFrame();
      // what the fabric sent is an HMAC over the nonces, not the secret
      assertThat(new String(theirs.mac(), StandardCharsets.ISO_8859_1))
          .doesNotContain(new String(Cluster.SECRET.bytes(), StandardCharsets.ISO_8859_1));
      Handshake wrong = new Handshake(SharedSecret.of("not the secret of this computation".getBytes()));
      peer.send(new Frame.Proof(wrong.proof(Handshake.DIALER, 3, 0, 2, nonce, hello.nonce())));
      assertRefusedWithOneLogLine(peer, "wrong proof of the shared secret (HMAC mismatch)");
    }
  }

  @Test
  void aReplayedOrReflectedProofIsRefused() throws Exception {
    try (RawPeer peer = new RawPeer(target())) {
      byte[] nonce = Handshake.nonce();
      peer.send(new Frame.Hello(Wire.VERSION, 3, 0, nonce));
      peer.readFrame();
      Frame.Proof theirs = (Frame.Proof) peer.readFrame();
      peer.send(theirs); // the acceptor's own proof, sent back
      assertRefusedWithOneLogLine(peer, "wrong proof of the shared secret");
    }
  }

  @Test
  void aPeerThatSkipsTheHandshakeIsRefused() throws Exception {
    try (RawPeer peer = new RawPeer(target())) {
      peer.send(new Frame.Heartbeat());
      assertRefusedWithOneLogLine(peer, "unexpected HEARTBEAT frame during the handshake");
    }
  }

  @Test
  void anImpossibleIdentityIsRefused() throws Exception {
    try (RawPeer peer = new RawPeer(target())) {
      peer.send(new Frame.Hello(Wire.VERSION, 3, 2, Handshake.nonce()));
      assertRefusedWithOneLogLine(peer, "the peer claims process id 2, which is not another process");
    }
    try (RawPeer peer = new RawPeer(cluster.hosts.get(0))) {
      log = LogCapture.fabric();
      peer.send(new Frame.Hello(Wire.VERSION, 3, 1, Handshake.nonce()));
      assertThat(peer.awaitClosedByPeer()).isTrue();
      assertThat(log.await("process 1 dialed process 0, but only a lower id dials a higher one"))
          .contains("(this is process 0)");
      log.close();
    }
    try (RawPeer peer = new RawPeer(target())) {
      log = LogCapture.fabric();
      peer.send(new Frame.Hello(Wire.VERSION, 5, 0, Handshake.nonce()));
      assertRefusedWithOneLogLine(peer, "the peer belongs to a computation of 5 processes, this one has 3");
    }
  }

  @Test
  void aSecondConnectionOfAConnectedProcessIsRefused() throws Exception {
    try (RawPeer peer = new RawPeer(target())) {
      byte[] nonce = Handshake.nonce();
      peer.send(new Frame.Hello(Wire.VERSION, 3, 1, nonce));
      Frame.Hello hello = (Frame.Hello) peer.readFrame();
      peer.readFrame();
      Handshake right = new Handshake(Cluster.SECRET);
      peer.send(new Frame.Proof(right.proof(Handshake.DIALER, 3, 1, 2, nonce, hello.nonce())));
      assertRefusedWithOneLogLine(peer, "process 1 is already connected");
    }
  }

  @Test
  void strangersCannotPileUpInTheHandshake() throws Exception {
    List<RawPeer> silent = new ArrayList<>();
    try {
      for (int i = 0; i < NettyFabric.MAX_HANDSHAKES; i++) {
        silent.add(new RawPeer(target()));
      }
      while (silent.size() <= NettyFabric.MAX_HANDSHAKES) {
        RawPeer extra = new RawPeer(target(), 1000);
        silent.add(extra);
        // the server may not have seen every earlier connection yet: try until one is turned away
        if (extra.awaitClosedByPeer()) {
          break;
        }
      }
      assertThat(log.await("connections are in their handshake; refusing this one"))
          .startsWith("WARNING: refused connection from");
    } finally {
      for (RawPeer p : silent) {
        p.close();
      }
    }
    // once the strangers are gone (the fabric notices soon), handshakes are admitted again
    boolean admitted = false;
    while (!admitted) {
      try (RawPeer peer = new RawPeer(target())) {
        peer.send(new Frame.Hello(Wire.VERSION, 3, 1, Handshake.nonce()));
        admitted = peer.readFrame() instanceof Frame.Hello;
      } catch (java.io.IOException refusedStill) {
        Thread.sleep(20);
      }
    }
    theComputationIsUnaffected();
  }

  @Test
  void aSilentStrangerIsDroppedAfterTheHandshakeTimeout() throws Exception {
    try (Cluster c = Cluster.bind(2, cfg -> cfg.withHandshakeTimeout(java.time.Duration.ofMillis(300)));
        RawPeer peer = new RawPeer(c.hosts.get(1))) {
      assertThat(peer.awaitClosedByPeer()).isTrue();
      assertThat(log.await("no handshake within 300 ms")).startsWith("WARNING: refused connection from");
    }
  }
}
