package io.nereid.bench;

import java.util.Arrays;
import java.util.Locale;

/** Who computes a graph workload in a benchmark run. */
public enum Contender {
    /** The sample program, compiled by Nereid, on 1 worker. */
    NEREID_1("nereid-1", "Nereid, 1 worker"),
    /** The sample program, compiled by Nereid, on 2 workers. */
    NEREID_2("nereid-2", "Nereid, 2 workers"),
    /** The hand-written single-threaded Java loop over arrays. */
    LOOP("loop", "hand-written loop"),
    /** DuckDB through JDBC, running the SQL a user would write. */
    DUCKDB("duckdb", "DuckDB");

    private final String label;
    private final String description;

    Contender(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** The name on the command line and in RESULT lines. */
    public String label() {
        return label;
    }

    /** The name in sentences. */
    public String description() {
        return description;
    }

    /** The contender called {@code label}, or an exception naming the choices. */
    public static Contender of(String label) {
        for (Contender c : values()) {
            if (c.label.equals(label.toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        throw new IllegalArgumentException("no contender '" + label + "'; choose from "
                + Arrays.stream(values()).map(Contender::label).toList());
    }
}
