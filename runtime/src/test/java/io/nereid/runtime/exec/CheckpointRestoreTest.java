package io.nereid.runtime.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.runtime.data.Batch;
import io.nereid.runtime.data.Hashing;
import io.nereid.runtime.data.LongBatch;
import io.nereid.runtime.data.Partitioner;
import io.nereid.runtime.graph.Dataflow;
import io.nereid.runtime.graph.Input;
import io.nereid.runtime.graph.Output;
import io.nereid.runtime.graph.Pact;
import io.nereid.runtime.graph.Vertex;
import io.nereid.runtime.graph.VertexContext;
import io.nereid.runtime.time.Timestamp;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A stateful vertex (running sums per key, across epochs) checkpoints its state at the
 * notification of epoch {@value #CHECKPOINT_EPOCH}; fresh vertices restored from those
 * checkpoints, in a new computation fed only the later epochs, give the same answers as the
 * uninterrupted run and as a sequential computation.
 */
@Timeout(60)
class CheckpointRestoreTest {
  private static final int KEYS = 12;
  private static final int EPOCHS = 6;
  private static final int CHECKPOINT_EPOCH = 2;
  private static final int WORKERS = 3;
  private static final long SHIFT = 1_000_000_000L;

  private static final Partitioner<LongBatch> BY_KEY = (batch, out) -> {
    for (int i = 0; i < batch.size(); i++) {
      out[Hashing.worker(batch.get(i) % KEYS, out.length)].add(batch.get(i));
    }
  };

  /**
   * At the notification of each epoch, adds that epoch's records to the running sums and emits
   * {@code key * SHIFT + running sum} for every key seen so far. Records of later epochs that
   * arrive early wait in {@code pending}; the checkpoint holds the sums only, which is the state
   * as of the notified epoch.
   */
  static final class RunningSums implements Vertex {
    private final VertexContext ctx;
    private final Map<Integer, byte[]> checkpoints;
    private final TreeMap<Long, Long> sums = new TreeMap<>();
    private final Map<Timestamp, List<Long>> pending = new java.util.HashMap<>();

    RunningSums(VertexContext ctx, Map<Integer, byte[]> checkpoints) {
      this.ctx = ctx;
      this.checkpoints = checkpoints;
    }

    @Override
    public void onRecv(int input, Timestamp time, Batch batch) {
      LongBatch b = (LongBatch) batch;
      List<Long> stash = pending.computeIfAbsent(time, t -> {
        ctx.notifyAt(t);
        return new ArrayList<>();
      });
      for (int i = 0; i < b.size(); i++) {
        stash.add(b.get(i));
      }
    }

    @Override
    public void onNotify(Timestamp time) {
      for (long v : pending.remove(time)) {
        sums.merge(v % KEYS, v, Long::sum);
      }
      Output<LongBatch> out = ctx.output(0);
      LongBatch b = out.newBatch();
      sums.forEach((key, sum) -> b.add(key * SHIFT + sum));
      out.send(time, b);
      if (checkpoints != null && time.epoch() == CHECKPOINT_EPOCH) {
        checkpoints.put(ctx.worker(), bytes(this));
      }
    }

    @Override
    public void checkpoint(DataOutput out) throws IOException {
      out.writeInt(sums.size());
      for (Map.Entry<Long, Long> e : sums.entrySet()) {
        out.writeLong(e.getKey());
        out.writeLong(e.getValue());
      }
    }

    @Override
    public void restore(DataInput in) throws IOException {
      sums.clear();
      for (int n = in.readInt(); n > 0; n--) {
        sums.put(in.readLong(), in.readLong());
      }
    }
  }

  static byte[] bytes(Vertex v) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(buffer)) {
      v.checkpoint(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toByteArray();
  }

  /** Every epoch has every key at least once, so every vertex that owns a key is notified every epoch. */
  static List<List<Long>> inputs(long seed) {
    Random r = new Random(seed);
    List<List<Long>> epochs = new ArrayList<>();
    for (int e = 0; e < EPOCHS; e++) {
      List<Long> values = new ArrayList<>();
      for (int k = 0; k < KEYS; k++) {
        values.add((long) k + KEYS * r.nextInt(100));
      }
      for (int i = r.nextInt(200); i > 0; i--) {
        values.add((long) r.nextInt(1000));
      }
      Collections.shuffle(values, r);
      epochs.add(values);
    }
    return epochs;
  }

  /** The running sums after each epoch, in plain Java. */
  static Map<Long, List<Long>> sequential(List<List<Long>> epochs) {
    Map<Long, List<Long>> answers = new TreeMap<>();
    TreeMap<Long, Long> sums = new TreeMap<>();
    for (int e = 0; e < epochs.size(); e++) {
      epochs.get(e).forEach(v -> sums.merge(v % KEYS, v, Long::sum));
      List<Long> answer = new ArrayList<>();
      sums.forEach((key, sum) -> answer.add(key * SHIFT + sum));
      answers.put((long) e, answer);
    }
    return answers;
  }

  /**
   * Runs the running sums over epochs {@code from..EPOCHS-1} of {@code epochs}; the vertices are
   * restored from {@code restoreFrom} when given, and write checkpoints into {@code checkpoints}.
   */
  static Map<Long, List<Long>> run(List<List<Long>> epochs, int from, Map<Integer, byte[]> restoreFrom,
      Map<Integer, byte[]> checkpoints) {
    Dataflow df = new Dataflow();
    Input<LongBatch> in = df.input("values", LongBatch.TYPE);
    Map<Long, List<Long>> results = new ConcurrentHashMap<>();
    in.stream().unary("running sums", Pact.exchange(BY_KEY), LongBatch.TYPE, ctx -> {
      RunningSums v = new RunningSums(ctx, checkpoints);
      byte[] state = restoreFrom == null ? null : restoreFrom.get(ctx.worker());
      if (state != null) {
        try {
          v.restore(new DataInputStream(new ByteArrayInputStream(state)));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        assertThat(bytes(v)).as("checkpoint of the restored vertex").isEqualTo(state);
      }
      return v;
    }).sink("collect", Pact.pipeline(), ctx -> new Vertex() {
      @Override
      public void onRecv(int input, Timestamp time, Batch batch) {
        LongBatch b = (LongBatch) batch;
        List<Long> into = results.computeIfAbsent(time.epoch(), e -> Collections.synchronizedList(new ArrayList<>()));
        for (int i = 0; i < b.size(); i++) {
          into.add(b.get(i));
        }
      }
    });
    try (Computation c = Computation.start(df.build(), Config.workers(WORKERS).withExchangeBatch(16))) {
      InputHandle<LongBatch> h = c.input(in);
      if (from > 0) {
        h.advanceTo(from);
      }
      for (int e = from; e < epochs.size(); e++) {
        LongBatch b = h.newBatch();
        epochs.get(e).forEach(b::add);
        h.send(b);
        if (e + 1 < epochs.size()) {
          h.advanceTo(e + 1);
        }
      }
      h.close();
      assertThat(c.join(30, TimeUnit.SECONDS)).isTrue();
    }
    Map<Long, List<Long>> sorted = new TreeMap<>();
    results.forEach((e, values) -> {
      List<Long> copy = new ArrayList<>(values);
      Collections.sort(copy);
      sorted.put(e, copy);
    });
    return sorted;
  }

  @Test
  void restoredVerticesContinueToTheSameAnswer() {
    List<List<Long>> epochs = inputs(42);
    Map<Long, List<Long>> expected = sequential(epochs);

    Map<Integer, byte[]> checkpoints = new ConcurrentHashMap<>();
    Map<Long, List<Long>> uninterrupted = run(epochs, 0, null, checkpoints);
    assertThat(uninterrupted).isEqualTo(expected);
    assertThat(checkpoints).isNotEmpty();
    assertThat(checkpoints.keySet()).allMatch(w -> w >= 0 && w < WORKERS);

    Map<Long, List<Long>> resumed = run(epochs, CHECKPOINT_EPOCH + 1, checkpoints, null);
    Map<Long, List<Long>> expectedLater = new TreeMap<>(expected);
    expectedLater.keySet().removeIf(e -> e <= CHECKPOINT_EPOCH);
    assertThat(resumed).isEqualTo(expectedLater);
  }

  @Test
  void withoutTheCheckpointTheAnswerDiffers() {
    // The test above would pass vacuously if the state did not matter: show that it does.
    List<List<Long>> epochs = inputs(42);
    Map<Long, List<Long>> fresh = run(epochs, CHECKPOINT_EPOCH + 1, null, null);
    Map<Long, List<Long>> expected = sequential(epochs);
    assertThat(fresh.get((long) EPOCHS - 1)).isNotEqualTo(expected.get((long) EPOCHS - 1));
  }

  @Test
  void aCheckpointRoundTripsThroughRestore() throws IOException {
    RunningSums original = new RunningSums(null, null);
    original.sums.put(3L, 40L);
    original.sums.put(7L, 1L << 40);
    RunningSums copy = new RunningSums(null, null);
    copy.sums.put(99L, 1L); // restore replaces whatever was there
    copy.restore(new DataInputStream(new ByteArrayInputStream(bytes(original))));
    assertThat(copy.sums).isEqualTo(original.sums);
  }
}
