package io.nereid.runtime.comm;

/**
 * The processes of one computation, fully connected: the runtime's whole view of the network.
 *
 * <p>A fabric moves <em>frames</em>: a channel id (a small non-negative int chosen by the
 * runtime, e.g. one per exchange edge plus one for progress) and a payload of at most {@link
 * #maxPayloadBytes()} bytes. It knows nothing of timestamps, batches or vertices.
 *
 * <p>Contract, for every implementation:
 * <ul>
 *   <li><b>Sending</b> ({@link #send}) is thread-safe. The payload is written synchronously,
 *       during the call, into a transport buffer ({@code payload.writeTo(out)}); the caller may
 *       reuse its batch as soon as {@code send} returns. Frames sent to one process are delivered
 *       there in the order of their {@code send} calls (calls ordered by happens-before, e.g.
 *       from one thread), whatever their channel.
 *   <li><b>Flow control</b>: when a peer does not keep up, {@code send} blocks until the bytes
 *       outstanding to it fall below a bound, instead of buffering without bound. (A send made
 *       on a transport thread, e.g. from inside a receiver, never blocks.)
 *   <li><b>Receiving</b>: the {@link FrameReceiver} registered for a channel is called on a
 *       transport thread, one frame at a time per sending process, in send order across all
 *       channels. The {@link WireReader} is valid only during the call. A frame for a channel
 *       that has no receiver yet is held, and so is every later frame of its sender (whatever
 *       their channel: order is never broken), until a receiver is registered; a sender held
 *       back long enough is slowed down by backpressure. Register every channel before the
 *       peers start sending, or right after. A receiver must not block for long: it stalls its
 *       sender.
 *   <li><b>Failure</b>: when a peer dies or its connection drops, every {@link
 *       PeerFailureListener} is called once with the lost process id, promptly (seconds), on a
 *       transport thread; sends to it then throw {@link FabricException}. A peer that closes its
 *       fabric cleanly ({@link #close}) is not a failure.
 * </ul>
 */
public interface Fabric extends AutoCloseable {
  /** Number of processes in the computation, {@code P >= 1}. */
  int processes();

  /** This process's id, in {@code [0, processes())}. */
  int processId();

  /** The largest payload {@link #send} accepts, in bytes; larger batches must be split. */
  int maxPayloadBytes();

  /**
   * Sends one frame to {@code process} (not this one: the runtime delivers locally itself).
   *
   * @throws IllegalArgumentException if {@code process} is out of range or this process, if
   *     {@code channel} is negative, or if the payload exceeds {@link #maxPayloadBytes()}
   * @throws FabricException if the peer has failed or left, or this fabric is closed
   */
  void send(int process, int channel, FrameWriter payload);

  /**
   * Registers the receiver of {@code channel} (any time, from any thread); frames held for
   * it are then delivered, before any later frame of the same sender.
   *
   * @throws IllegalStateException if the channel already has a receiver
   */
  void register(int channel, FrameReceiver receiver);

  /**
   * Adds a listener of peer failures. Failures that happened before are reported to it at
   * once (on the calling thread).
   */
  void addFailureListener(PeerFailureListener listener);

  /**
   * Leaves the computation abruptly, as a crash would: the peers report this process to their
   * failure listeners. For a process that hits a fatal error and wants the others to stop at
   * once. Idempotent; a no-op after {@link #close}.
   */
  void abort();

  /**
   * Leaves the computation cleanly: tells the peers (which do not report it as a failure),
   * stops delivering frames, releases threads and buffers. Idempotent.
   */
  @Override
  void close();
}
