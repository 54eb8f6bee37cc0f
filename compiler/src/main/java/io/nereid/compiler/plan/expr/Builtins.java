package io.nereid.compiler.plan.expr;

import io.nereid.compiler.types.BuiltinFunction;
import io.nereid.compiler.types.ScalarType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The reference semantics of the built-in scalar functions, on boxed values (see
 * {@link Evaluator}). Strict functions return null when an argument is null.
 */
final class Builtins {
    private Builtins() {
    }

    static Object apply(BuiltinFunction f, Object[] a, ScalarType type) {
        switch (f) {
            case COALESCE -> {
                for (Object v : a) {
                    if (v != null) {
                        return Evaluator.convert(v, type.kind());
                    }
                }
                return null;
            }
            case GREATEST, LEAST -> {
                Object best = null;
                for (Object v : a) {
                    if (v == null) {
                        return null;
                    }
                    Object c = Evaluator.convert(v, type.kind());
                    if (best == null || (f == BuiltinFunction.GREATEST ? Evaluator.compare(c, best) > 0 : Evaluator.compare(c, best) < 0)) {
                        best = c;
                    }
                }
                return best;
            }
            default -> {
                for (Object v : a) {
                    if (v == null) {
                        return null;
                    }
                }
                return strict(f, a);
            }
        }
    }

    private static Object strict(BuiltinFunction f, Object[] a) {
        return switch (f) {
            case LENGTH -> ((String) a[0]).length();
            case LOWER -> ((String) a[0]).toLowerCase(Locale.ROOT);
            case UPPER -> ((String) a[0]).toUpperCase(Locale.ROOT);
            case TRIM -> ((String) a[0]).trim();
            case SUBSTRING -> substring((String) a[0], (Integer) a[1], a.length > 2 ? (Integer) a[2] : Integer.MAX_VALUE);
            case CONTAINS -> ((String) a[0]).contains((String) a[1]);
            case STARTS_WITH -> ((String) a[0]).startsWith((String) a[1]);
            case ENDS_WITH -> ((String) a[0]).endsWith((String) a[1]);
            case INDEX_OF -> ((String) a[0]).indexOf((String) a[1]);
            case REPLACE -> ((String) a[0]).replace((String) a[1], (String) a[2]);
            case CONCAT -> {
                StringBuilder sb = new StringBuilder();
                for (Object v : a) {
                    sb.append((String) v);
                }
                yield sb.toString();
            }
            case YEAR -> ((LocalDate) a[0]).getYear();
            case MONTH -> ((LocalDate) a[0]).getMonthValue();
            case DAY -> ((LocalDate) a[0]).getDayOfMonth();
            case ADD_DAYS -> ((LocalDate) a[0]).plusDays((Integer) a[1]);
            case ADD_MONTHS -> ((LocalDate) a[0]).plusMonths((Integer) a[1]);
            case ADD_YEARS -> ((LocalDate) a[0]).plusYears((Integer) a[1]);
            case DAYS_BETWEEN -> (int) ChronoUnit.DAYS.between((LocalDate) a[0], (LocalDate) a[1]);
            case TO_DATE -> LocalDate.parse(((String) a[0]).trim());
            case ABS -> a[0] instanceof Integer i ? (Object) Math.abs(i) : a[0] instanceof Long l ? (Object) Math.abs(l)
                    : (Object) Math.abs((Double) a[0]);
            case SQRT -> Math.sqrt((Double) a[0]);
            case LN -> Math.log((Double) a[0]);
            case EXP -> Math.exp((Double) a[0]);
            case POW -> Math.pow((Double) a[0], (Double) a[1]);
            case FLOOR -> Math.floor((Double) a[0]);
            case CEIL -> Math.ceil((Double) a[0]);
            case ROUND -> a.length == 1 ? (Object) Math.round((Double) a[0])
                    : (Object) (Math.round((Double) a[0] * Math.pow(10, (Integer) a[1])) / Math.pow(10, (Integer) a[1]));
            default -> throw new IllegalStateException("not a strict function: " + f);
        };
    }

    /** Substring from {@code start} (0-based, clamped) of at most {@code length} characters. */
    private static String substring(String s, int start, int length) {
        int from = Math.max(0, Math.min(start, s.length()));
        int to = (int) Math.min((long) from + Math.max(0, length), s.length());
        return s.substring(from, to);
    }
}
