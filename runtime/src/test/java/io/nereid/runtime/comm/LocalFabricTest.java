package io.nereid.runtime.comm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class LocalFabricTest {
  private final List<LocalFabric> fabrics = new ArrayList<>();

  @AfterEach
  void close() {
    fabrics.forEach(LocalFabric::close);
  }

  private List<LocalFabric> group(int p, int maxPayload, int maxOutstanding) {
    List<LocalFabric> g = LocalFabric.create(p, maxPayload, maxOutstanding);
    fabrics.addAll(g);
    return g;
  }

  record Received(int to, int from, int channel, long value) {}

  @Test
  void everyProcessReachesEveryOtherInOrder() throws Exception {
    List<LocalFabric> g = group(3, 1 << 20, 1 << 20);
    BlockingQueue<Received> got = new LinkedBlockingQueue<>();
    for (LocalFabric f : g) {
      for (int ch = 0; ch < 2; ch++) {
        int channel = ch;
        f.register(channel, (from, in) -> got.add(new Received(f.processId(), from, channel, in.readLong())));
      }
    }
    int perPair = 100;
    for (LocalFabric f : g) {
      for (int to = 0; to < 3; to++) {
        if (to != f.processId()) {
          for (long i = 0; i < perPair; i++) {
            long v = i;
            f.send(to, (int) (i % 2), out -> out.writeLong(v));
          }
        }
      }
    }
    List<Received> all = new ArrayList<>();
    while (all.size() < 6 * perPair) {
      all.add(got.take());
    }
    for (int from = 0; from < 3; from++) {
      for (int to = 0; to < 3; to++) {
        int f = from;
        int t = to;
        List<Long> values = all.stream().filter(r -> r.from() == f && r.to() == t).map(Received::value).toList();
        if (from == to) {
          assertThat(values).isEmpty();
        } else {
          assertThat(values).as("frames from %d to %d, in send order", from, to)
              .containsExactlyElementsOf(java.util.stream.LongStream.range(0, perPair).boxed().toList());
        }
      }
    }
    assertThat(all).allMatch(r -> r.channel() == r.value() % 2);
  }

  @Test
  void framesForAChannelWithoutReceiverAreHeldUntilOneRegisters() throws Exception {
    List<LocalFabric> g = group(2, 1 << 20, 1 << 20);
    for (long i = 0; i < 10; i++) {
      long v = i;
      g.get(0).send(1, 7, out -> out.writeLong(v));
    }
    BlockingQueue<Long> got = new LinkedBlockingQueue<>();
    g.get(1).register(7, (from, in) -> got.add(in.readLong()));
    for (long i = 10; i < 20; i++) {
      long v = i;
      g.get(0).send(1, 7, out -> out.writeLong(v));
    }
    List<Long> values = new ArrayList<>();
    while (values.size() < 20) {
      values.add(got.take());
    }
    assertThat(values).containsExactlyElementsOf(java.util.stream.LongStream.range(0, 20).boxed().toList());
    assertThatThrownBy(() -> g.get(1).register(7, (from, in) -> {})).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aSlowReceiverBlocksTheSenderInsteadOfQueueingWithoutBound() throws Exception {
    int frame = 1000;
    int bound = 10 * frame;
    List<LocalFabric> g = group(2, 1 << 20, bound);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger delivered = new AtomicInteger();
    g.get(1).register(0, (from, in) -> {
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      in.readBytes(new byte[frame], 0, frame);
      delivered.incrementAndGet();
    });
    AtomicInteger sent = new AtomicInteger();
    int total = 200;
    Thread sender = new Thread(() -> {
      for (int i = 0; i < total; i++) {
        g.get(0).send(1, 0, out -> out.writeBytes(new byte[frame], 0, frame));
        sent.incrementAndGet();
      }
    });
    sender.start();
    while (sender.getState() != Thread.State.TIMED_WAITING && sender.getState() != Thread.State.TERMINATED) {
      Thread.onSpinWait();
    }
    // the receiver holds one frame, at most `bound` bytes are queued, the sender waits
    assertThat(sent.get()).as("frames accepted while the receiver is stuck").isLessThanOrEqualTo(bound / frame + 1);
    release.countDown();
    sender.join();
    while (delivered.get() < total) {
      Thread.sleep(1);
    }
    assertThat(sent.get()).isEqualTo(total);
  }

  @Test
  void aCrashIsReportedToEveryOtherProcessOnceAndSendsToItFail() throws Exception {
    List<LocalFabric> g = group(3, 1 << 20, 1 << 20);
    List<String> reports = Collections.synchronizedList(new ArrayList<>());
    for (LocalFabric f : g) {
      f.addFailureListener((p, reason) -> reports.add(f.processId() + " lost " + p));
    }
    g.get(2).abort();
    g.get(2).abort();
    assertThat(reports).containsExactlyInAnyOrder("0 lost 2", "1 lost 2");
    assertThatThrownBy(() -> g.get(0).send(2, 0, out -> out.writeInt(1)))
        .isInstanceOf(FabricException.class).hasMessageContaining("process 2 was lost")
        .extracting(e -> ((FabricException) e).process()).isEqualTo(2);
    // a listener added late hears of the failure at once
    List<Integer> late = new ArrayList<>();
    g.get(1).addFailureListener((p, reason) -> late.add(p));
    assertThat(late).containsExactly(2);
  }

  @Test
  void aCleanCloseIsNotAFailure() {
    List<LocalFabric> g = group(2, 1 << 20, 1 << 20);
    List<Integer> reports = new ArrayList<>();
    g.get(0).addFailureListener((p, reason) -> reports.add(p));
    g.get(1).close();
    assertThat(reports).isEmpty();
    assertThatThrownBy(() -> g.get(0).send(1, 0, out -> out.writeInt(1)))
        .isInstanceOf(FabricException.class).hasMessageContaining("has left");
    g.get(0).close();
    assertThatThrownBy(() -> g.get(0).send(1, 0, out -> out.writeInt(1)))
        .isInstanceOf(FabricException.class).hasMessageContaining("closed");
  }

  @Test
  void badArgumentsAreRefused() {
    List<LocalFabric> g = group(2, 16, 1 << 20);
    assertThatThrownBy(() -> g.get(0).send(0, 0, out -> {})).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> g.get(0).send(2, 0, out -> {})).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> g.get(0).send(1, -1, out -> {})).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> g.get(0).send(1, 0, out -> out.writeBytes(new byte[17], 0, 17)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("split the batch");
    assertThat(LocalFabric.single().processes()).isEqualTo(1);
  }

  @Test
  void aThrowingReceiverDropsItsSenderAsFailed() throws Exception {
    List<LocalFabric> g = group(2, 1 << 20, 1 << 20);
    BlockingQueue<String> reports = new LinkedBlockingQueue<>();
    g.get(1).addFailureListener((p, reason) -> reports.add(p + ": " + reason));
    g.get(1).register(0, (from, in) -> in.readLong()); // only 4 bytes come: WireFormatException
    g.get(0).send(1, 0, out -> out.writeInt(5));
    assertThat(reports.poll(10, TimeUnit.SECONDS)).startsWith("0: receiver of channel 0 failed")
        .contains("WireFormatException");
  }
}
