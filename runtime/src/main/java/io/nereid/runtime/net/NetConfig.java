package io.nereid.runtime.net;

import io.nereid.runtime.comm.SharedSecret;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of a {@link NettyFabric}: who this process is, the shared secret, and the limits.
 *
 * @param processId this process, in {@code [0, processes)}
 * @param processes number of processes of the computation
 * @param secret the secret every process of the computation shares
 * @param maxPayloadBytes the largest payload of a frame (larger frames are refused on receipt)
 * @param maxOutstandingBytes bytes queued to one peer beyond which senders wait (flow control)
 * @param maxHeldBytes bytes held per connection for channels without a receiver, beyond which
 *     the connection stops reading (backpressure on that peer)
 * @param heartbeatInterval a heartbeat goes out after this long without another frame
 * @param heartbeatTimeout a peer silent this long is lost
 * @param handshakeTimeout a connection not authenticated this long after it opens is closed
 * @param ioThreads Netty event loop threads for the connections
 * @param socketBufferBytes SO_SNDBUF and SO_RCVBUF of connections; 0 leaves the OS default
 */
public record NetConfig(int processId, int processes, SharedSecret secret, int maxPayloadBytes,
    int maxOutstandingBytes, int maxHeldBytes, Duration heartbeatInterval, Duration heartbeatTimeout,
    Duration handshakeTimeout, int ioThreads, int socketBufferBytes) {

  public NetConfig {
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
    Objects.requireNonNull(heartbeatTimeout, "heartbeatTimeout");
    Objects.requireNonNull(handshakeTimeout, "handshakeTimeout");
    if (processes < 1 || processId < 0 || processId >= processes) {
      throw new IllegalArgumentException("process id " + processId + " is not in [0, " + processes + ")");
    }
    if (maxPayloadBytes < 1 || maxPayloadBytes > (1 << 30)) {
      throw new IllegalArgumentException("maxPayloadBytes must be in [1, 2^30], was " + maxPayloadBytes);
    }
    if (maxOutstandingBytes < 1 || maxHeldBytes < 1 || ioThreads < 1 || socketBufferBytes < 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
    if (heartbeatInterval.isNegative() || heartbeatInterval.isZero()
        || heartbeatTimeout.compareTo(heartbeatInterval) <= 0 || handshakeTimeout.isNegative() || handshakeTimeout.isZero()) {
      throw new IllegalArgumentException("need 0 < heartbeatInterval < heartbeatTimeout and a positive handshakeTimeout");
    }
  }

  /**
   * The defaults: payloads up to 16 MiB, 8 MiB outstanding per peer, 64 MiB held per
   * connection, a heartbeat every second, a peer lost after 5 s of silence, 10 s to
   * authenticate, up to 4 I/O threads.
   */
  public static NetConfig of(int processId, int processes, SharedSecret secret) {
    return new NetConfig(processId, processes, secret, 16 << 20, 8 << 20, 64 << 20, Duration.ofSeconds(1),
        Duration.ofSeconds(5), Duration.ofSeconds(10), Math.max(1, Math.min(4, processes - 1)), 0);
  }

  public NetConfig withMaxPayloadBytes(int bytes) {
    return new NetConfig(processId, processes, secret, bytes, maxOutstandingBytes, maxHeldBytes, heartbeatInterval,
        heartbeatTimeout, handshakeTimeout, ioThreads, socketBufferBytes);
  }

  public NetConfig withMaxOutstandingBytes(int bytes) {
    return new NetConfig(processId, processes, secret, maxPayloadBytes, bytes, maxHeldBytes, heartbeatInterval,
        heartbeatTimeout, handshakeTimeout, ioThreads, socketBufferBytes);
  }

  public NetConfig withMaxHeldBytes(int bytes) {
    return new NetConfig(processId, processes, secret, maxPayloadBytes, maxOutstandingBytes, bytes, heartbeatInterval,
        heartbeatTimeout, handshakeTimeout, ioThreads, socketBufferBytes);
  }

  public NetConfig withHeartbeat(Duration interval, Duration timeout) {
    return new NetConfig(processId, processes, secret, maxPayloadBytes, maxOutstandingBytes, maxHeldBytes, interval,
        timeout, handshakeTimeout, ioThreads, socketBufferBytes);
  }

  public NetConfig withHandshakeTimeout(Duration timeout) {
    return new NetConfig(processId, processes, secret, maxPayloadBytes, maxOutstandingBytes, maxHeldBytes,
        heartbeatInterval, heartbeatTimeout, timeout, ioThreads, socketBufferBytes);
  }

  public NetConfig withSocketBufferBytes(int bytes) {
    return new NetConfig(processId, processes, secret, maxPayloadBytes, maxOutstandingBytes, maxHeldBytes,
        heartbeatInterval, heartbeatTimeout, handshakeTimeout, ioThreads, bytes);
  }
}
