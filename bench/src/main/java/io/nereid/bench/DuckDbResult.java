package io.nereid.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The answer of one query run by {@link DuckDbTpch}: column names, rows of plain Java values, and
 * the time the query took (execution and fetching all rows, not loading).
 *
 * <p>Values are {@link Long} for every integer type, {@link Double} for floating point and
 * decimal, {@link java.time.LocalDate} for dates, {@link String} for text, {@link Boolean}, or
 * {@code null}.
 */
public record DuckDbResult(DuckDbQuery query, List<String> columns, List<List<Object>> rows, long nanos) {

    /** Copies the lists (rows may hold {@code null} values) and checks the row widths. */
    public DuckDbResult {
        Objects.requireNonNull(query, "query");
        columns = List.copyOf(columns);
        List<List<Object>> copied = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " values for " + columns.size() + " columns");
            }
            copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copied);
        if (nanos < 0) {
            throw new IllegalArgumentException("nanos must not be negative, got " + nanos);
        }
    }

    /** The index of column {@code name}. */
    public int column(String name) {
        int index = columns.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException(query + " has no column '" + name + "'; it has " + columns);
        }
        return index;
    }

    /** The value of column {@code name} in row {@code row}. */
    public Object value(int row, String name) {
        return rows.get(row).get(column(name));
    }
}
