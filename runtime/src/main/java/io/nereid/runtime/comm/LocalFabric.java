package io.nereid.runtime.comm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A {@link Fabric} whose processes are fabrics in this JVM: one process without a network, and
 * tests of several "processes" in one JVM. It keeps the whole contract of a fabric: payloads are
 * encoded to bytes and decoded on a delivery thread of the receiving fabric (its transport
 * thread), outstanding bytes per receiver are bounded, frames for channels without a receiver are
 * held, and {@link #abort()} makes the others report this process as lost.
 */
public final class LocalFabric implements Fabric {
  /** Default payload limit, as for the network fabric. */
  public static final int DEFAULT_MAX_PAYLOAD = 16 << 20;
  /** Default bound of the bytes queued to one receiving fabric. */
  public static final int DEFAULT_MAX_OUTSTANDING = 32 << 20;

  private static final Logger LOG = Logger.getLogger(LocalFabric.class.getName());
  private static final ThreadLocal<Boolean> ON_DELIVERY_THREAD = ThreadLocal.withInitial(() -> false);

  private enum State { OPEN, CLOSED, CRASHED }

  private record Frame(int from, int channel, byte[] bytes, int credits) {}

  private record Register(int channel, FrameReceiver receiver) {}

  private static final Object STOP = new Object();

  private final LocalFabric[] group;
  private final int id;
  private final int maxPayload;
  private final int maxOutstanding;
  private final Semaphore credits;
  private final LinkedBlockingQueue<Object> inbox = new LinkedBlockingQueue<>();
  private final Map<Integer, FrameReceiver> registered = new ConcurrentHashMap<>();
  private final Map<Integer, String> failures = new LinkedHashMap<>();
  private final List<PeerFailureListener> listeners = new ArrayList<>();
  private final Thread thread;
  private volatile State state = State.OPEN;

  private LocalFabric(LocalFabric[] group, int id, int maxPayload, int maxOutstanding) {
    this.group = group;
    this.id = id;
    this.maxPayload = maxPayload;
    this.maxOutstanding = maxOutstanding;
    this.credits = new Semaphore(maxOutstanding);
    this.thread = new Thread(this::deliverLoop, "nereid-local-fabric-" + id);
    thread.setDaemon(true);
  }

  /** {@code processes} connected fabrics, element {@code i} being process {@code i}. */
  public static List<LocalFabric> create(int processes) {
    return create(processes, DEFAULT_MAX_PAYLOAD, DEFAULT_MAX_OUTSTANDING);
  }

  /** As {@link #create(int)}, with limits on payload size and on bytes queued per receiver. */
  public static List<LocalFabric> create(int processes, int maxPayload, int maxOutstanding) {
    if (processes < 1) {
      throw new IllegalArgumentException("processes must be >= 1, was " + processes);
    }
    if (maxPayload < 1 || maxOutstanding < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
    LocalFabric[] group = new LocalFabric[processes];
    for (int i = 0; i < processes; i++) {
      group[i] = new LocalFabric(group, i, maxPayload, maxOutstanding);
    }
    for (LocalFabric f : group) {
      f.thread.start();
    }
    return List.of(group);
  }

  /** The fabric of a computation of one process. */
  public static LocalFabric single() {
    return create(1).get(0);
  }

  @Override
  public int processes() {
    return group.length;
  }

  @Override
  public int processId() {
    return id;
  }

  @Override
  public int maxPayloadBytes() {
    return maxPayload;
  }

  @Override
  public void send(int process, int channel, FrameWriter payload) {
    Objects.requireNonNull(payload, "payload");
    if (process < 0 || process >= group.length || process == id) {
      throw new IllegalArgumentException("cannot send to process " + process + " from process " + id + " of "
          + group.length + " (only to another process in [0, " + group.length + "))");
    }
    if (channel < 0) {
      throw new IllegalArgumentException("channel must be >= 0, was " + channel);
    }
    checkOpen();
    LocalFabric target = group[process];
    target.checkPeerAlive();
    HeapWireWriter out = new HeapWireWriter(256);
    payload.writeTo(out);
    if (out.written() > maxPayload) {
      throw new IllegalArgumentException("payload of " + out.written() + " bytes exceeds the limit of "
          + maxPayload + " bytes; hint: split the batch");
    }
    int cost = ON_DELIVERY_THREAD.get() ? 0 : Math.min(maxOutstanding, Math.max(1, out.written()));
    if (cost > 0) {
      target.acquire(cost, this);
    }
    target.inbox.add(new Frame(id, channel, out.toByteArray(), cost));
  }

  private void acquire(int cost, LocalFabric sender) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          if (credits.tryAcquire(cost, 50, TimeUnit.MILLISECONDS)) {
            return;
          }
        } catch (InterruptedException e) {
          interrupted = true;
        }
        sender.checkOpen();
        checkPeerAlive();
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void checkOpen() {
    if (state != State.OPEN) {
      throw new FabricException(-1, "the fabric of process " + id + " is closed");
    }
  }

  private void checkPeerAlive() {
    State s = state;
    if (s != State.OPEN) {
      throw new FabricException(id, "process " + id + (s == State.CRASHED ? " was lost" : " has left the computation"));
    }
  }

  @Override
  public void register(int channel, FrameReceiver receiver) {
    Objects.requireNonNull(receiver, "receiver");
    if (channel < 0) {
      throw new IllegalArgumentException("channel must be >= 0, was " + channel);
    }
    if (registered.putIfAbsent(channel, receiver) != null) {
      throw new IllegalStateException("channel " + channel + " already has a receiver in process " + id);
    }
    inbox.add(new Register(channel, receiver));
  }

  @Override
  public void addFailureListener(PeerFailureListener listener) {
    Objects.requireNonNull(listener, "listener");
    synchronized (failures) {
      listeners.add(listener);
      failures.forEach(listener::peerFailed);
    }
  }

  private void reportFailure(int process, String reason) {
    synchronized (failures) {
      if (state != State.OPEN || failures.putIfAbsent(process, reason) != null) {
        return;
      }
      for (PeerFailureListener l : listeners) {
        l.peerFailed(process, reason);
      }
    }
  }

  /**
   * Simulates the death of this process: it stops delivering, and every other open fabric of
   * the group reports it to its failure listeners.
   */
  @Override
  public void abort() {
    if (state != State.OPEN) {
      return;
    }
    state = State.CRASHED;
    inbox.add(STOP);
    for (LocalFabric f : group) {
      if (f != this) {
        f.reportFailure(id, "process " + id + " aborted");
      }
    }
  }

  @Override
  public void close() {
    if (state != State.OPEN) {
      return;
    }
    state = State.CLOSED;
    inbox.add(STOP);
    if (Thread.currentThread() != thread) {
      try {
        thread.join(TimeUnit.SECONDS.toMillis(5));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void deliverLoop() {
    ON_DELIVERY_THREAD.set(true);
    Map<Integer, FrameReceiver> active = new HashMap<>();
    java.util.ArrayDeque<Frame> pending = new java.util.ArrayDeque<>(); // behind a frame without receiver
    HashMap<Integer, Boolean> failedSenders = new HashMap<>();
    while (true) {
      Object event;
      try {
        event = inbox.take();
      } catch (InterruptedException e) {
        return;
      }
      if (event == STOP) {
        return;
      }
      if (event instanceof Register r) {
        active.put(r.channel(), r.receiver());
        while (!pending.isEmpty() && active.containsKey(pending.peek().channel())) {
          Frame f = pending.poll();
          deliver(active.get(f.channel()), f, failedSenders);
        }
      } else if (event instanceof Frame f) {
        FrameReceiver receiver = active.get(f.channel());
        if (receiver == null || !pending.isEmpty()) {
          pending.add(f);
        } else {
          deliver(receiver, f, failedSenders);
        }
      }
    }
  }

  private void deliver(FrameReceiver receiver, Frame f, Map<Integer, Boolean> failedSenders) {
    try {
      if (!failedSenders.containsKey(f.from())) {
        receiver.receive(f.from(), new HeapWireReader(f.bytes()));
      }
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "process " + id + ": receiver of channel " + f.channel() + " failed on a frame from process "
          + f.from() + "; dropping that peer", e);
      failedSenders.put(f.from(), true);
      reportFailure(f.from(), "receiver of channel " + f.channel() + " failed: " + e);
    } finally {
      credits.release(f.credits());
    }
  }
}
