/**
 * Comparative benchmarks of Nereid: each figure is measured next to a hand-written reference
 * (a two-thread hand-off, a single-threaded loop over arrays) in the same run, and reported as a
 * ratio, since absolute times on shared machines are noise.
 *
 * <p>{@link io.nereid.bench.Main} is the entry point of {@code ./nq bench}; every benchmark ends
 * its report with one machine-readable {@link io.nereid.bench.ResultLine} ({@code RESULT name
 * key=value ...}).
 */
package io.nereid.bench;
