package io.nereid.runtime.comm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nereid.runtime.data.LongBatch;
import io.nereid.runtime.progress.ProgressUpdate;
import io.nereid.runtime.time.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The contract of {@link Fabric} (see its doc), checked the same way on every implementation:
 * the runtime may be tested on {@link LocalFabric} and run on the network.
 */
@Timeout(60)
public abstract class FabricContract {
  private final List<Fabric> open = new ArrayList<>();

  /** A connected group of {@code processes} fabrics, element i being process i. */
  protected abstract List<? extends Fabric> connect(int processes);

  private List<? extends Fabric> group(int processes) {
    List<? extends Fabric> g = connect(processes);
    open.addAll(g);
    return g;
  }

  @AfterEach
  void closeAll() {
    open.forEach(Fabric::close);
  }

  record Got(int from, int channel, long value) {}

  @Test
  void framesArriveInSendOrderPerSenderAcrossChannels() throws Exception {
    List<? extends Fabric> g = group(3);
    List<BlockingQueue<Got>> inboxes = new ArrayList<>();
    for (Fabric f : g) {
      BlockingQueue<Got> inbox = new LinkedBlockingQueue<>();
      inboxes.add(inbox);
      for (int ch = 0; ch < 3; ch++) {
        int channel = ch;
        f.register(channel, (from, in) -> {
          LongBatch b = LongBatchCodec.INSTANCE.read(in);
          inbox.add(new Got(from, channel, b.get(0)));
        });
      }
    }
    int n = 200;
    LongBatch batch = new LongBatch();
    for (long i = 0; i < n; i++) {
      for (Fabric f : g) {
        for (int to = 0; to < 3; to++) {
          if (to != f.processId()) {
            batch.clear();
            batch.add(i);
            f.send(to, (int) (i % 3), out -> LongBatchCodec.INSTANCE.write(batch, out));
          }
        }
      }
    }
    for (int me = 0; me < 3; me++) {
      List<Got> got = new ArrayList<>();
      while (got.size() < 2 * n) {
        got.add(inboxes.get(me).take());
      }
      for (int from = 0; from < 3; from++) {
        int f = from;
        if (from != me) {
          assertThat(got.stream().filter(x -> x.from() == f).map(Got::value).toList())
              .isEqualTo(LongStream.range(0, n).boxed().toList());
        }
      }
      assertThat(got).allMatch(x -> x.channel() == x.value() % 3);
    }
  }

  @Test
  void framesBeforeRegistrationAreHeldAndComeFirst() throws Exception {
    List<? extends Fabric> g = group(2);
    ProgressUpdate u = new ProgressUpdate(new int[] {4}, new Timestamp[] {Timestamp.of(1, 2)}, new long[] {-1});
    for (int i = 0; i < 20; i++) {
      g.get(0).send(1, 5, out -> ProgressUpdateCodec.INSTANCE.write(u, out));
    }
    BlockingQueue<ProgressUpdate> got = new LinkedBlockingQueue<>();
    g.get(1).register(5, (from, in) -> got.add(ProgressUpdateCodec.INSTANCE.read(in)));
    for (int i = 0; i < 20; i++) {
      assertThat(got.take()).isEqualTo(u);
    }
    assertThatThrownBy(() -> g.get(1).register(5, (from, in) -> {})).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aChannelWithoutReceiverHoldsBackLaterFramesOfOtherChannelsToo() throws Exception {
    List<? extends Fabric> g = group(2);
    BlockingQueue<String> order = new LinkedBlockingQueue<>();
    g.get(1).register(1, (from, in) -> order.add("b" + in.readInt()));
    g.get(0).send(1, 1, out -> out.writeInt(0));
    assertThat(order.take()).isEqualTo("b0");
    g.get(0).send(1, 2, out -> out.writeInt(1)); // channel 2 has no receiver yet
    g.get(0).send(1, 1, out -> out.writeInt(2));
    g.get(0).send(1, 2, out -> out.writeInt(3));
    g.get(1).register(2, (from, in) -> order.add("a" + in.readInt()));
    assertThat(List.of(order.take(), order.take(), order.take())).containsExactly("a1", "b2", "a3");
  }

  @Test
  void anAbortIsAFailureNamingTheProcessAndACloseIsNot() throws Exception {
    List<? extends Fabric> g = group(3);
    BlockingQueue<String> lost = new LinkedBlockingQueue<>();
    List<String> all = Collections.synchronizedList(new ArrayList<>());
    for (Fabric f : g) {
      f.addFailureListener((p, reason) -> {
        lost.add(f.processId() + " lost " + p);
        all.add(f.processId() + " lost " + p);
      });
    }
    g.get(2).abort();
    assertThat(List.of(lost.take(), lost.take())).containsExactlyInAnyOrder("0 lost 2", "1 lost 2");
    assertThatThrownBy(() -> g.get(0).send(2, 0, out -> {})).isInstanceOf(FabricException.class)
        .extracting(e -> ((FabricException) e).process()).isEqualTo(2);
    List<String> late = new ArrayList<>();
    g.get(0).addFailureListener((p, reason) -> late.add("lost " + p));
    assertThat(late).containsExactly("lost 2");
    g.get(1).close();
    g.get(0).close();
    assertThat(all).containsExactlyInAnyOrder("0 lost 2", "1 lost 2");
  }

  @Test
  void sendingToItselfOrOutsideTheComputationIsRefused() {
    List<? extends Fabric> g = group(2);
    Fabric f = g.get(0);
    assertThat(f.processes()).isEqualTo(2);
    assertThat(f.processId()).isZero();
    assertThatThrownBy(() -> f.send(0, 0, out -> {})).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> f.send(2, 0, out -> {})).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> f.send(1, -1, out -> {})).isInstanceOf(IllegalArgumentException.class);
    int limit = f.maxPayloadBytes();
    assertThatThrownBy(() -> f.send(1, 0, out -> out.writeBytes(new byte[limit + 1], 0, limit + 1)))
        .isInstanceOf(IllegalArgumentException.class);
    f.close();
    assertThatThrownBy(() -> f.send(1, 0, out -> {})).isInstanceOf(FabricException.class);
  }
}
