package io.nereid.runtime.exec;

/**
 * How a computation runs.
 *
 * @param workers worker threads in this process
 * @param exchangeBatch records gathered per destination before an exchange ships a batch
 * @param spinNanos how long an idle worker spins before it yields, then parks (default 0: on a busy
 *     machine a spinning worker keeps its partner off the processor; yielding first was faster)
 * @param processes processes in the computation, each with {@code workers} workers
 * @param processId this process's index in {@code [0, processes)}
 */
public record Config(int workers, int exchangeBatch, long spinNanos, int processes, int processId) {
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
    if (processes < 1 || processId < 0 || processId >= processes) {
      throw new IllegalArgumentException("process " + processId + " of " + processes + " does not exist");
    }
  }

  /** {@code workers} threads in one process, with default batching and spinning. */
  public static Config workers(int workers) {
    return new Config(workers, 4096, 0, 1, 0);
  }

  public Config withExchangeBatch(int records) {
    return new Config(workers, records, spinNanos, processes, processId);
  }

  public Config withSpinNanos(long nanos) {
    return new Config(workers, exchangeBatch, nanos, processes, processId);
  }

  /** This config as process {@code processId} of {@code processes}. */
  public Config withProcess(int processes, int processId) {
    return new Config(workers, exchangeBatch, spinNanos, processes, processId);
  }

  /** Workers in the whole computation. */
  public int totalWorkers() {
    return workers * processes;
  }

  /** The global index of this process's first worker. */
  public int firstWorker() {
    return workers * processId;
  }

  /** The process that hosts global worker {@code worker}. */
  public int processOf(int worker) {
    return worker / workers;
  }
}
