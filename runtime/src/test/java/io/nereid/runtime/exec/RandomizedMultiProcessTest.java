package io.nereid.runtime.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The randomized runs of {@link RandomizedRuntimeTest} on 2 or 3 processes connected in memory
 * ({@link InMemoryCluster}, with or without random delays on the links): inputs are fed to random
 * processes, an epoch's completion is awaited on one process only, and the answers must still be
 * the sequential ones, with the notification contract kept on every vertex of every process.
 */
class RandomizedMultiProcessTest {
  private static final int RUNS = 60;

  static LongStream seeds() {
    return LongStream.range(0, RUNS).map(i -> 4_000_037L * i + 11);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void severalProcessesComputeTheSequentialAnswer(long seed) {
    int processes = 2 + (int) Math.floorMod(seed, 2L);
    int delayMicros = Math.floorMod(seed / 2, 3L) == 0 ? 200 : 0;
    RandomizedScenario s = RandomizedScenario.of(seed, processes);
    RandomizedScenario.Built built = s.new Built();
    try (InMemoryCluster cluster = new InMemoryCluster(built.graph, s.config(), processes, seed, delayMicros)) {
      List<Computation> computations = new ArrayList<>();
      for (int p = 0; p < processes; p++) {
        computations.add(cluster.process(p));
      }
      built.drive(computations);
    }
  }
}
