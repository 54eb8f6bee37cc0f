package io.nereid.cli.repl;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How a REPL session runs queries.
 *
 * @param workers worker threads per query
 * @param maxRows rows of a result printed at most (the count is always exact)
 * @param timing whether to print how long each load and query took
 * @param baseDir the directory relative file names of {@code :load} are resolved against
 */
record SessionOptions(int workers, int maxRows, boolean timing, Path baseDir) {
    SessionOptions {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be >= 1, was " + workers);
        }
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be >= 1, was " + maxRows);
        }
        Objects.requireNonNull(baseDir, "baseDir");
    }
}
