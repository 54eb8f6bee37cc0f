package io.nereid.bench;

import io.nereid.operators.ResultTable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One contender's answer to a graph benchmark, in a form every contender can produce and any two
 * can be compared in: a table of {@code (key, value)} pairs with strictly increasing keys (a rank
 * per node, a size per component label, a node count per BFS level, a distance per node).
 *
 * <p>Values are doubles; integer answers are exact in them up to 2^53. Two answers agree when
 * they have the same keys and every pair of values is within the tolerance, relative to the
 * larger magnitude (at least 1): PageRank sums in a different order in each contender.
 */
public record KeyedAnswer(String what, long[] keys, double[] values) {

    /** Checks that the arrays are as long as each other and the keys strictly increase. */
    public KeyedAnswer {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(values, "values");
        if (keys.length != values.length) {
            throw new IllegalArgumentException("keys and values have different lengths: " + keys.length + " and "
                    + values.length);
        }
        for (int i = 1; i < keys.length; i++) {
            if (keys[i] <= keys[i - 1]) {
                throw new IllegalArgumentException(what + ": keys must strictly increase, got " + keys[i - 1]
                        + " before " + keys[i]);
            }
        }
    }

    /** The rows of a two-column output of a compiled program (sorted by its first column). */
    public static KeyedAnswer of(String what, ResultTable table) {
        List<Object[]> rows = table.rows();
        long[] keys = new long[rows.size()];
        double[] values = new double[rows.size()];
        for (int i = 0; i < keys.length; i++) {
            Object[] row = rows.get(i);
            if (row.length != 2) {
                throw new IllegalArgumentException(what + ": expected two columns, output '" + table.relation().name()
                        + "' has " + row.length);
            }
            keys[i] = ((Number) row[0]).longValue();
            values[i] = ((Number) row[1]).doubleValue();
        }
        return new KeyedAnswer(what, keys, values);
    }

    /** The number of rows. */
    public int size() {
        return keys.length;
    }

    /** The sum of the values (a short fingerprint for reports). */
    public double sum() {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    /**
     * Where this answer and {@code other} first differ, in words, or {@code null} when they agree
     * within {@code tolerance} (0 for exact answers).
     */
    public String firstDifference(KeyedAnswer other, double tolerance) {
        int n = Math.min(keys.length, other.keys.length);
        for (int i = 0; i < n; i++) {
            if (keys[i] != other.keys[i]) {
                long missing = Math.min(keys[i], other.keys[i]);
                return String.format(Locale.ROOT, "row %d: key %d is in one answer only (%d rows against %d)", i,
                        missing, keys.length, other.keys.length);
            }
            double a = values[i];
            double b = other.values[i];
            double scale = Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
            if (!(Math.abs(a - b) <= tolerance * scale)) {
                return String.format(Locale.ROOT, "key %d: %s against %s", keys[i], number(a), number(b));
            }
        }
        if (keys.length != other.keys.length) {
            long extra = keys.length > n ? keys[n] : other.keys[n];
            return String.format(Locale.ROOT, "%d rows against %d (key %d is in one answer only)", keys.length,
                    other.keys.length, extra);
        }
        return null;
    }

    /**
     * This answer with its first value one larger (or, when empty, with one row more): a wrong
     * answer on purpose, with which {@code --corrupt} shows that the checks catch one.
     */
    public KeyedAnswer corrupted() {
        if (keys.length == 0) {
            return new KeyedAnswer(what, new long[] {0}, new double[] {1});
        }
        double[] wrong = values.clone();
        wrong[0] += 1;
        return new KeyedAnswer(what, keys, wrong);
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyedAnswer k && what.equals(k.what) && java.util.Arrays.equals(keys, k.keys)
                && java.util.Arrays.equals(values, k.values);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.hashCode(keys) + java.util.Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return what + "[" + keys.length + " rows, sum " + sum() + "]";
    }
}
