package io.nereid.bench;

import io.nereid.operators.Column;
import io.nereid.operators.ColumnKind;
import io.nereid.operators.ResultTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Whether Nereid's answer to a TPC-H query equals DuckDB's: the same number of rows and columns,
 * and, after both are sorted the same way, equal values column by column (by position: the
 * names may differ). Integers compare exactly, doubles within a relative 1e-9 (both sum doubles,
 * in different orders), dates as dates (Nereid carries days since 1970), text exactly.
 */
final class TpchAnswers {
    /** How far two doubles may differ, relative to the larger magnitude (at least 1). */
    static final double TOLERANCE = 1e-9;

    private TpchAnswers() {}

    /** Where the answers first differ, in words, or {@code null} when they agree. */
    static String firstDifference(ResultTable nereid, DuckDbResult duckDb) {
        List<Column> columns = nereid.relation().columns();
        if (columns.size() != duckDb.columns().size()) {
            return "Nereid answers " + columns.size() + " columns " + nereid.relation().names() + ", DuckDB "
                    + duckDb.columns().size() + " " + duckDb.columns();
        }
        if (nereid.rows().size() != duckDb.rows().size()) {
            return "Nereid answers " + nereid.rows().size() + " rows, DuckDB " + duckDb.rows().size();
        }
        List<Object[]> ours = new ArrayList<>();
        for (Object[] row : nereid.rows()) {
            Object[] values = new Object[row.length];
            for (int c = 0; c < row.length; c++) {
                values[c] = normalize(row[c], columns.get(c).kind());
            }
            ours.add(values);
        }
        List<Object[]> theirs = new ArrayList<>();
        for (List<Object> row : duckDb.rows()) {
            Object[] values = new Object[row.size()];
            for (int c = 0; c < values.length; c++) {
                values[c] = normalize(row.get(c), null);
            }
            theirs.add(values);
        }
        ours.sort(ORDER);
        theirs.sort(ORDER);
        for (int r = 0; r < ours.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                Object a = ours.get(r)[c];
                Object b = theirs.get(r)[c];
                if (!same(a, b)) {
                    return String.format(Locale.ROOT, "row %d (in sorted order), column %d (%s): Nereid %s, DuckDB %s",
                            r + 1, c + 1, columns.get(c).name(), a, b);
                }
            }
        }
        return null;
    }

    /** Longs for every integer, doubles, LocalDates, strings; a Nereid date is given as days. */
    private static Object normalize(Object v, ColumnKind kind) {
        if (v == null) {
            return null;
        }
        if (kind == ColumnKind.DATE) {
            return LocalDate.ofEpochDay(((Number) v).longValue());
        }
        if (v instanceof Double || v instanceof Float) {
            return ((Number) v).doubleValue();
        }
        if (v instanceof Number n) {
            return n.longValue();
        }
        return v;
    }

    private static boolean same(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof Number x && b instanceof Number y) {
            if (a instanceof Long && b instanceof Long) {
                return a.equals(b);
            }
            double p = x.doubleValue();
            double q = y.doubleValue();
            return Math.abs(p - q) <= TOLERANCE * Math.max(1, Math.max(Math.abs(p), Math.abs(q)));
        }
        return a.equals(b);
    }

    /** Row order for comparing: column by column; doubles by 8 significant digits (so that last bits do not reorder). */
    private static final Comparator<Object[]> ORDER = (x, y) -> {
        for (int c = 0; c < x.length; c++) {
            int d = compare(x[c], y[c]);
            if (d != 0) {
                return d;
            }
        }
        return 0;
    };

    private static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(rounded(x.doubleValue()), rounded(y.doubleValue()));
        }
        if (a instanceof LocalDate x && b instanceof LocalDate y) {
            return x.compareTo(y);
        }
        return a.toString().compareTo(b.toString());
    }

    private static double rounded(double v) {
        return v == 0 || Double.isNaN(v) || Double.isInfinite(v) ? v
                : Double.parseDouble(String.format(Locale.ROOT, "%.8g", v));
    }
}
