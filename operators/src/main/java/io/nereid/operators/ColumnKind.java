package io.nereid.operators;

import java.util.Locale;

/**
 * The kinds of values a column holds at run time, as NQ names them. A {@code date} is carried as
 * an {@code int} of days since 1970-01-01; the others as their Java primitive (or String).
 */
public enum ColumnKind {
    BOOL, INT, LONG, DOUBLE, STRING, DATE;

    /** The NQ keyword ({@code long}), used in messages. */
    public String nqName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
