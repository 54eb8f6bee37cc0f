package io.nereid.cli.repl;

import io.nereid.operators.ColumnKind;
import io.nereid.operators.RowReader;
import java.util.List;

/**
 * A batch of rows of one relation held in memory, column by column in primitive arrays: {@code
 * long[]} for bool, int, long and date (days), {@code double[]} and {@code String[]}. Filled once
 * from a reader, then only read.
 */
final class TypedBatch {
    /** Rows per batch. */
    static final int CAPACITY = 1 << 16;

    private final ColumnKind[] kinds;
    private final Object[] columns;
    private int size;

    TypedBatch(List<ColumnKind> kinds) {
        this.kinds = kinds.toArray(ColumnKind[]::new);
        this.columns = new Object[this.kinds.length];
        for (int c = 0; c < this.kinds.length; c++) {
            columns[c] = switch (this.kinds[c]) {
                case DOUBLE -> new double[CAPACITY];
                case STRING -> new String[CAPACITY];
                default -> new long[CAPACITY];
            };
        }
    }

    int size() {
        return size;
    }

    boolean isFull() {
        return size == CAPACITY;
    }

    /** Appends the reader's current row (the reader has just returned true from {@code next}). */
    void add(RowReader r) {
        for (int c = 0; c < kinds.length; c++) {
            switch (kinds[c]) {
                case BOOL -> ((long[]) columns[c])[size] = r.getBool(c) ? 1 : 0;
                case INT -> ((long[]) columns[c])[size] = r.getInt(c);
                case LONG -> ((long[]) columns[c])[size] = r.getLong(c);
                case DATE -> ((long[]) columns[c])[size] = r.getDate(c);
                case DOUBLE -> ((double[]) columns[c])[size] = r.getDouble(c);
                case STRING -> ((String[]) columns[c])[size] = r.getString(c);
            }
        }
        size++;
    }

    long getLong(int column, int row) {
        return ((long[]) columns[column])[row];
    }

    double getDouble(int column, int row) {
        return ((double[]) columns[column])[row];
    }

    String getString(int column, int row) {
        return ((String[]) columns[column])[row];
    }
}
