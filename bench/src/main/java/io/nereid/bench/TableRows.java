package io.nereid.bench;

import io.nereid.operators.ColumnKind;
import io.nereid.operators.RelationInfo;
import io.nereid.operators.RowReader;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An input read once into typed columns in memory, to be replayed by any number of readers:
 * the TPC-H benchmark's "query only" runs give Nereid its tables this way, already parsed, as
 * DuckDB's query-only figures have theirs already loaded. Short strings that repeat (flags,
 * modes, segments) are kept once.
 */
public final class TableRows {
    private final RelationInfo relation;
    private final ColumnKind[] kinds;
    private final Object[] columns;
    private final int size;

    private TableRows(RelationInfo relation, ColumnKind[] kinds, Object[] columns, int size) {
        this.relation = relation;
        this.kinds = kinds;
        this.columns = columns;
        this.size = size;
    }

    /** Reads every row of {@code reader} (the rows of {@code relation}) and closes it. */
    public static TableRows read(RelationInfo relation, RowReader reader) {
        Objects.requireNonNull(relation, "relation");
        List<io.nereid.operators.Column> declared = relation.columns();
        int n = declared.size();
        ColumnKind[] kinds = new ColumnKind[n];
        Object[] columns = new Object[n];
        int capacity = 1024;
        for (int c = 0; c < n; c++) {
            kinds[c] = declared.get(c).kind();
            columns[c] = allocate(kinds[c], capacity);
        }
        Map<String, String> shared = new HashMap<>();
        int size = 0;
        try (reader) {
            while (reader.next()) {
                if (size == capacity) {
                    capacity *= 2;
                    for (int c = 0; c < n; c++) {
                        columns[c] = grow(columns[c], capacity);
                    }
                }
                for (int c = 0; c < n; c++) {
                    Object col = columns[c];
                    switch (kinds[c]) {
                        case BOOL -> ((boolean[]) col)[size] = reader.getBool(c);
                        case INT -> ((int[]) col)[size] = reader.getInt(c);
                        case DATE -> ((int[]) col)[size] = reader.getDate(c);
                        case LONG -> ((long[]) col)[size] = reader.getLong(c);
                        case DOUBLE -> ((double[]) col)[size] = reader.getDouble(c);
                        case STRING -> {
                            String s = reader.getString(c);
                            ((String[]) col)[size] = s != null && s.length() <= 16 ? shared.computeIfAbsent(s, k -> k) : s;
                        }
                    }
                }
                size++;
            }
        }
        for (int c = 0; c < n; c++) {
            columns[c] = grow(columns[c], size);
        }
        return new TableRows(relation, kinds, columns, size);
    }

    private static Object allocate(ColumnKind kind, int capacity) {
        return switch (kind) {
            case BOOL -> new boolean[capacity];
            case INT, DATE -> new int[capacity];
            case LONG -> new long[capacity];
            case DOUBLE -> new double[capacity];
            case STRING -> new String[capacity];
        };
    }

    private static Object grow(Object column, int capacity) {
        if (column instanceof boolean[] a) {
            return Arrays.copyOf(a, capacity);
        } else if (column instanceof int[] a) {
            return Arrays.copyOf(a, capacity);
        } else if (column instanceof long[] a) {
            return Arrays.copyOf(a, capacity);
        } else if (column instanceof double[] a) {
            return Arrays.copyOf(a, capacity);
        }
        return Arrays.copyOf((String[]) column, capacity);
    }

    /** The relation these are rows of. */
    public RelationInfo relation() {
        return relation;
    }

    /** The number of rows. */
    public int size() {
        return size;
    }

    /** A new reader over the rows, from the first. */
    public RowReader reader() {
        return new RowReader() {
            private int row = -1;

            @Override
            public boolean next() {
                return ++row < size;
            }

            @Override
            public boolean getBool(int column) {
                return ((boolean[]) columns[column])[row];
            }

            @Override
            public int getInt(int column) {
                return ((int[]) columns[column])[row];
            }

            @Override
            public long getLong(int column) {
                return ((long[]) columns[column])[row];
            }

            @Override
            public double getDouble(int column) {
                return ((double[]) columns[column])[row];
            }

            @Override
            public String getString(int column) {
                return ((String[]) columns[column])[row];
            }

            @Override
            public int getDate(int column) {
                return ((int[]) columns[column])[row];
            }

            @Override
            public void close() {
            }
        };
    }
}
