package io.nereid.runtime.exec;

/**
 * How a computation runs.
 *
 * @param workers worker threads in this process
 * @param exchangeBatch records gathered per destination before an exchange ships a batch
 * @param spinNanos how long an idle worker spins before it parks (latency against idle CPU)
 */
public record Config(int workers, int exchangeBatch, long spinNanos) {
  public Config {
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be >= 1, was " + workers);
    }
    if (exchangeBatch < 1) {
      throw new IllegalArgumentException("exchangeBatch must be >= 1, was " + exchangeBatch);
    }
    if (spinNanos < 0) {
      throw new IllegalArgumentException("spinNanos must be >= 0, was " + spinNanos);
    }
  }

  /** {@code workers} threads with default batching and spinning. */
  public static Config workers(int workers) {
    return new Config(workers, 4096, 50_000);
  }

  public Config withExchangeBatch(int records) {
    return new Config(workers, records, spinNanos);
  }

  public Config withSpinNanos(long nanos) {
    return new Config(workers, exchangeBatch, nanos);
  }
}
