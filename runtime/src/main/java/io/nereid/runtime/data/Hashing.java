package io.nereid.runtime.data;

/**
 * The hash functions every exchange uses, so that two streams partitioned on equal keys meet on
 * the same worker. Keys are hashed as primitives: no boxing on the hot path.
 */
public final class Hashing {
  private Hashing() {}

  /** A well-mixed 64-bit hash of a long (the finalizer of SplitMix64). */
  public static long mix(long x) {
    x = (x ^ (x >>> 30)) * 0xbf58476d1ce4e5b9L;
    x = (x ^ (x >>> 27)) * 0x94d049bb133111ebL;
    return x ^ (x >>> 31);
  }

  /** Hash of a double, consistent with {@link Double#equals} (so {@code -0.0 != 0.0}, NaN == NaN). */
  public static long mix(double d) {
    return mix(Double.doubleToLongBits(d));
  }

  /** Combines two hashes (for composite keys). */
  public static long combine(long h1, long h2) {
    return mix(h1 * 31 + h2);
  }

  /** The worker, in {@code [0, workers)}, of a key with hash {@code hash}. */
  public static int worker(long hash, int workers) {
    // Fibonacci hashing: one multiply by 2^64 / phi spreads the key over the high bits, whose top
    // 32 a multiply-shift reduces to [0, workers) without a division.
    return (int) ((((hash * 0x9E3779B97F4A7C15L) >>> 32) * workers) >>> 32);
  }
}
