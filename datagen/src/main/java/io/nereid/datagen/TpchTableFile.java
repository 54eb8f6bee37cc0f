package io.nereid.datagen;

import java.nio.file.Path;
import java.util.Objects;

/** One {@code .tbl} file written by {@link Tpch#generate}: its table, where it is, and its size. */
public record TpchTableFile(TpchTable table, Path file, long rows, long bytes) {

    /** Checks that nothing is missing and the counts are not negative. */
    public TpchTableFile {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(file, "file");
        if (rows < 0 || bytes < 0) {
            throw new IllegalArgumentException("rows and bytes must not be negative, got " + rows + " and " + bytes);
        }
    }
}
