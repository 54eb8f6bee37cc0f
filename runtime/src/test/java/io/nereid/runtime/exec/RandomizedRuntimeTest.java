package io.nereid.runtime.exec;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random graphs with loops (nested up to depth 2), pipeline and exchange edges, one or two
 * inputs, 1 to 8 workers, random batch sizes, epochs, exchange batching and spinning, and
 * vertices that perturb the schedule ({@link RandomizedScenario}). Every run checks: no
 * notification before all records at {@code <= t} arrived, every requested notification
 * delivered exactly once, each epoch's answer equal to a sequential computation (also at the
 * moment the probe says the epoch is complete), and completion within a timeout. A failure names
 * its seed: rerun just that seed to get the same graph and inputs (the schedule itself varies
 * from run to run).
 */
class RandomizedRuntimeTest {
  private static final int RUNS = 200;

  static LongStream seeds() {
    return LongStream.range(0, RUNS).map(i -> 1_000_003L * i + 7);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void randomGraphsKeepTheNotificationContractAndComputeTheSequentialAnswer(long seed) {
    RandomizedScenario s = RandomizedScenario.of(seed);
    RandomizedScenario.Built built = s.new Built();
    try (Computation c = Computation.start(built.graph, s.config())) {
      built.drive(List.of(c));
    }
  }
}
