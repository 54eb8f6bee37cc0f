package io.nereid.runtime.examples;

import io.nereid.runtime.data.Batch;
import io.nereid.runtime.data.ObjectBatch;
import io.nereid.runtime.exec.Computation;
import io.nereid.runtime.exec.Config;
import io.nereid.runtime.exec.InputHandle;
import io.nereid.runtime.graph.Dataflow;
import io.nereid.runtime.graph.Input;
import io.nereid.runtime.graph.Output;
import io.nereid.runtime.graph.Pact;
import io.nereid.runtime.graph.Probe;
import io.nereid.runtime.graph.Stream;
import io.nereid.runtime.graph.Vertex;
import io.nereid.runtime.time.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Word count over epochs: each epoch is a batch of lines; the counts of an epoch's words are
 * emitted when the epoch completes. Lines are split where they arrive (pipeline), words are
 * exchanged by their hash, and each worker counts its words with a notification per epoch.
 */
public final class WordCount {
  private static final Pattern SPACES = Pattern.compile("\\W+");
  private static final ObjectBatch.Type<String> STRINGS = ObjectBatch.type("string");
  private static final ObjectBatch.Type<Map.Entry<String, Long>> COUNTS = ObjectBatch.type("(string, long)");

  private WordCount() {}

  /**
   * Counts the words of each epoch's lines; {@code onEpoch} is called with every epoch's counts
   * (sorted by word) as soon as the epoch is complete, before the next epoch's lines are fed.
   * Returns the counts of every epoch.
   */
  public static List<Map<String, Long>> run(List<List<String>> epochs, Config config,
      BiConsumer<Long, Map<String, Long>> onEpoch) {
    Dataflow df = new Dataflow();
    Input<ObjectBatch<String>> lines = df.input("lines", STRINGS);
    Stream<ObjectBatch<String>> words = lines.stream().unary("split", Pact.pipeline(), STRINGS, ctx -> new Vertex() {
      private final Output<ObjectBatch<String>> out = ctx.output(0);

      @Override
      @SuppressWarnings("unchecked")
      public void onRecv(int input, Timestamp time, Batch batch) {
        ObjectBatch<String> in = (ObjectBatch<String>) batch;
        ObjectBatch<String> w = out.newBatch();
        for (int i = 0; i < in.size(); i++) {
          for (String word : SPACES.split(in.get(i).toLowerCase())) {
            if (!word.isEmpty()) {
              w.add(word);
            }
          }
        }
        out.send(time, w);
      }
    });
    Map<Long, Map<String, Long>> results = new ConcurrentHashMap<>();
    Stream<ObjectBatch<Map.Entry<String, Long>>> counts = words.unary("count",
        Pact.exchange(STRINGS.partitionBy(String::hashCode)), COUNTS, ctx -> new Vertex() {
          private final Map<Timestamp, Map<String, Long>> perEpoch = new HashMap<>();
          private final Output<ObjectBatch<Map.Entry<String, Long>>> out = ctx.output(0);

          @Override
          @SuppressWarnings("unchecked")
          public void onRecv(int input, Timestamp time, Batch batch) {
            ObjectBatch<String> in = (ObjectBatch<String>) batch;
            Map<String, Long> m = perEpoch.computeIfAbsent(time, t -> {
              ctx.notifyAt(t);
              return new HashMap<>();
            });
            for (int i = 0; i < in.size(); i++) {
              m.merge(in.get(i), 1L, Long::sum);
            }
          }

          @Override
          public void onNotify(Timestamp time) {
            ObjectBatch<Map.Entry<String, Long>> b = out.newBatch();
            perEpoch.remove(time).entrySet().forEach(b::add);
            out.send(time, b);
          }
        });
    counts.sink("collect", Pact.pipeline(), ctx -> new Vertex() {
      @Override
      @SuppressWarnings("unchecked")
      public void onRecv(int input, Timestamp time, Batch batch) {
        ObjectBatch<Map.Entry<String, Long>> in = (ObjectBatch<Map.Entry<String, Long>>) batch;
        Map<String, Long> m = results.computeIfAbsent(time.epoch(), e -> new ConcurrentHashMap<>());
        for (int i = 0; i < in.size(); i++) {
          m.put(in.get(i).getKey(), in.get(i).getValue());
        }
      }
    });
    Probe probe = counts.probe();
    List<Map<String, Long>> all = new ArrayList<>();
    try (Computation c = Computation.start(df.build(), config)) {
      InputHandle<ObjectBatch<String>> in = c.input(lines);
      for (int epoch = 0; epoch < epochs.size(); epoch++) {
        ObjectBatch<String> batch = in.newBatch();
        epochs.get(epoch).forEach(batch::add);
        in.send(batch);
        in.advanceTo(epoch + 1);
        c.awaitDone(probe, epoch);
        Map<String, Long> sorted = new TreeMap<>(results.getOrDefault((long) epoch, Map.of()));
        all.add(sorted);
        onEpoch.accept((long) epoch, sorted);
      }
      in.close();
      c.join();
    }
    return all;
  }
}
