package io.nereid.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Temporary directories of generated data (TPC-H tables), and their removal afterwards. */
final class TempTree {
    private TempTree() {}

    /** Deletes {@code dir} and everything under it; a leftover is not worth failing a benchmark for. */
    static void delete(Path dir) {
        try (var paths = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(paths.toList());
            Collections.reverse(all);
            for (Path path : all) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | RuntimeException ignored) {
            // a temporary directory left behind is not worth failing the benchmark for
        }
    }

    /** A TPC-H scale factor as results print it: {@code 1}, {@code 0.01}. */
    static String scaleFactor(double sf) {
        return sf == Math.rint(sf) ? Long.toString((long) sf) : Double.toString(sf);
    }
}
