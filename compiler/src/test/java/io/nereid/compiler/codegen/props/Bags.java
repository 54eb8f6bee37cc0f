package io.nereid.compiler.codegen.props;

import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Compares relations as multisets of rows: every column exactly, except doubles, which match
 * within a relative tolerance (a sum computed in another order differs in its last bits).
 */
final class Bags {
    private static final double TOLERANCE = 1e-9;

    private Bags() {
    }

    /** Fails, listing the rows missing and the rows extra, unless both bags hold the same rows. */
    static void assertSameBag(String what, List<Object[]> actual, List<Object[]> expected) {
        List<Object[]> a = sorted(actual);
        List<Object[]> e = sorted(expected);
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < e.size()) {
            if (i < a.size() && j < e.size() && close(a.get(i), e.get(j))) {
                i++;
                j++;
            } else if (j < e.size() && (i >= a.size() || ORDER.compare(e.get(j), a.get(i)) < 0)) {
                missing.add(Arrays.toString(e.get(j++)));
            } else {
                extra.add(Arrays.toString(a.get(i++)));
            }
        }
        if (!missing.isEmpty() || !extra.isEmpty()) {
            fail("%s: %d rows, expected %d; missing %s; extra %s", what, actual.size(), expected.size(),
                    head(missing), head(extra));
        }
    }

    /** Fails unless the two lists hold equal rows (doubles within tolerance) in the same order. */
    static void assertSameList(String what, List<Object[]> actual, List<Object[]> expected) {
        boolean same = actual.size() == expected.size();
        for (int i = 0; same && i < actual.size(); i++) {
            same = close(actual.get(i), expected.get(i));
        }
        if (!same) {
            fail("%s: expected, in order, %s but was %s", what, head(expected.stream().map(Arrays::toString).toList()),
                    head(actual.stream().map(Arrays::toString).toList()));
        }
    }

    /** Fails unless every row of {@code actual} can be matched with its own row of {@code pool}. */
    static void assertSubBag(String what, List<Object[]> actual, List<Object[]> pool) {
        List<Object[]> left = new ArrayList<>(pool);
        for (Object[] row : actual) {
            int at = -1;
            for (int i = 0; i < left.size() && at < 0; i++) {
                if (close(left.get(i), row)) {
                    at = i;
                }
            }
            if (at < 0) {
                fail("%s: %s is not in the input, or more often than there", what, Arrays.toString(row));
            }
            left.remove(at);
        }
    }

    private static List<String> head(List<String> rows) {
        return rows.size() <= 20 ? rows : rows.subList(0, 20);
    }

    private static List<Object[]> sorted(List<Object[]> rows) {
        List<Object[]> copy = new ArrayList<>(rows);
        copy.sort(ORDER);
        return copy;
    }

    /** Non-double columns first, doubles last, so that rows differing only in rounding stay aligned. */
    private static final Comparator<Object[]> ORDER = (x, y) -> {
        if (x.length != y.length) {
            return Integer.compare(x.length, y.length);
        }
        for (int pass = 0; pass < 2; pass++) {
            for (int c = 0; c < x.length; c++) {
                boolean dbl = x[c] instanceof Double || y[c] instanceof Double;
                if (dbl == (pass == 1)) {
                    int r = compare(x[c], y[c]);
                    if (r != 0) {
                        return r;
                    }
                }
            }
        }
        return 0;
    };

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a.getClass() != b.getClass()) {
            return a.getClass().getName().compareTo(b.getClass().getName());
        }
        return ((Comparable) a).compareTo(b);
    }

    static boolean close(Object[] x, Object[] y) {
        if (x.length != y.length) {
            return false;
        }
        for (int c = 0; c < x.length; c++) {
            if (x[c] instanceof Double a && y[c] instanceof Double b) {
                if (!closeDoubles(a, b)) {
                    return false;
                }
            } else if (x[c] == null ? y[c] != null : !x[c].equals(y[c])) {
                return false;
            }
        }
        return true;
    }

    static boolean closeDoubles(double a, double b) {
        if (a == b || Double.isNaN(a) && Double.isNaN(b)) {
            return true;
        }
        return Math.abs(a - b) <= TOLERANCE * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
    }
}
