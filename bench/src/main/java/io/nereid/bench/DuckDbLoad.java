package io.nereid.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link DuckDbTpch#load} did: the rows loaded into each table (in load order) and the
 * time it took to create and fill the eight tables from their {@code .tbl} files.
 */
public record DuckDbLoad(Map<String, Long> rows, long nanos) {

    /** Copies the map, keeping its order. */
    public DuckDbLoad {
        rows = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(rows, "rows")));
        if (nanos < 0) {
            throw new IllegalArgumentException("nanos must not be negative, got " + nanos);
        }
    }
}
