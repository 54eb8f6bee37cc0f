package io.nereid.runtime.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.runtime.exec.Config;
import java.util.Map;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(60)
class LoopCountTest {
  @ParameterizedTest(name = "{0} workers")
  @ValueSource(ints = {1, 2, 5})
  void everyValueReachesNAfterNMinusStartIterations(int workers) {
    long[] starts = {0, 1, 7, 250, 999, 1000};
    Map<Long, Integer> reached = LoopCount.run(starts, 1000, Config.workers(workers));
    // every start s arrives at 1000 at iteration 1000 - s; 1000 itself the latest, from start 0
    assertThat(reached).containsExactly(Map.entry(1000L, 1000));
  }
}
