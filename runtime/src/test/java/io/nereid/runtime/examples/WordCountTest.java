package io.nereid.runtime.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.runtime.exec.Config;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(60)
class WordCountTest {
  @ParameterizedTest(name = "{0} workers")
  @ValueSource(ints = {1, 2, 4})
  void countsEveryEpochLikeASequentialCount(int workers) {
    Random random = new Random(workers);
    String[] vocabulary = {"naiad", "timely", "dataflow", "nereid", "loop", "epoch", "a", "the"};
    List<List<String>> epochs = new ArrayList<>();
    for (int e = 0; e < 6; e++) {
      List<String> lines = new ArrayList<>();
      for (int l = 0; l < 50 + e * 10; l++) {
        StringBuilder line = new StringBuilder();
        for (int w = 0; w < random.nextInt(12); w++) {
          line.append(vocabulary[random.nextInt(vocabulary.length)]).append(w % 3 == 0 ? ", " : " ");
        }
        lines.add(line.toString());
      }
      epochs.add(lines);
    }
    List<Long> seen = new ArrayList<>();
    List<Map<String, Long>> counts = WordCount.run(epochs, Config.workers(workers), (e, m) -> seen.add(e));
    assertThat(seen).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
    for (int e = 0; e < epochs.size(); e++) {
      Map<String, Long> expected = new TreeMap<>();
      for (String line : epochs.get(e)) {
        for (String w : line.toLowerCase().split("\\W+")) {
          if (!w.isEmpty()) {
            expected.merge(w, 1L, Long::sum);
          }
        }
      }
      assertThat(counts.get(e)).as("epoch %d", e).isEqualTo(expected);
    }
  }
}
