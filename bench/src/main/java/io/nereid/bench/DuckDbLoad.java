package io.nereid.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link DuckDbTpch#load} did: the rows loaded into each table (in load order), the time it
 * took to create and fill the eight tables from their {@code .tbl} files, and the time of each
 * table's fill alone (what a query that reads only some tables would have waited for).
 */
public record DuckDbLoad(Map<String, Long> rows, long nanos, Map<String, Long> tableNanos) {

    /** Copies the maps, keeping their order. */
    public DuckDbLoad {
        rows = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(rows, "rows")));
        tableNanos = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(tableNanos, "tableNanos")));
        if (nanos < 0) {
            throw new IllegalArgumentException("nanos must not be negative, got " + nanos);
        }
    }
}
