package io.nereid.operators;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** How result values are printed and ordered, by column kind. */
public final class Values {
    private Values() {}

    /** A value as text: dates in ISO form, the rest as Java prints them; {@code null} for null. */
    public static String format(Object value, ColumnKind kind) {
        if (value == null) {
            return "null";
        }
        if (kind == ColumnKind.DATE) {
            return LocalDate.ofEpochDay(((Number) value).longValue()).toString();
        }
        return String.valueOf(value);
    }

    /** Orders rows column by column (nulls first), so that printed results do not depend on workers. */
    public static Comparator<Object[]> rowOrder(int columns) {
        return (a, b) -> {
            for (int i = 0; i < columns; i++) {
                int c = compare(a[i], b[i]);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return ((Comparable) a).compareTo(b);
    }

    /** True when the column holds numbers (printed right-aligned). */
    static boolean isNumeric(ColumnKind kind) {
        return kind == ColumnKind.INT || kind == ColumnKind.LONG || kind == ColumnKind.DOUBLE;
    }

    static List<String> formatRow(Object[] row, List<Column> columns) {
        String[] out = new String[columns.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = format(row[i], columns.get(i).kind());
        }
        return List.of(out);
    }
}
