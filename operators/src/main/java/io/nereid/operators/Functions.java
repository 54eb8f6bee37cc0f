package io.nereid.operators;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The NQ built-in functions that generated code calls where Java has no one-expression
 * equivalent: substring with clamping, dates as int days since 1970-01-01, rounding to digits,
 * and the steps of {@code split}. The semantics match the compiler's reference evaluator.
 */
public final class Functions {
    private Functions() {}

    /** Substring from {@code start} (0-based, clamped) of at most {@code length} characters. */
    public static String substring(String s, int start, int length) {
        int from = Math.max(0, Math.min(start, s.length()));
        int to = (int) Math.min((long) from + Math.max(0, length), s.length());
        return s.substring(from, to);
    }

    public static String substring(String s, int start) {
        return substring(s, start, Integer.MAX_VALUE);
    }

    public static int year(int day) {
        return LocalDate.ofEpochDay(day).getYear();
    }

    public static int month(int day) {
        return LocalDate.ofEpochDay(day).getMonthValue();
    }

    public static int dayOfMonth(int day) {
        return LocalDate.ofEpochDay(day).getDayOfMonth();
    }

    public static int addMonths(int day, int months) {
        return (int) LocalDate.ofEpochDay(day).plusMonths(months).toEpochDay();
    }

    public static int addYears(int day, int years) {
        return (int) LocalDate.ofEpochDay(day).plusYears(years).toEpochDay();
    }

    public static int toDate(String s) {
        return (int) LocalDate.parse(s.trim()).toEpochDay();
    }

    public static String dateToString(int day) {
        return LocalDate.ofEpochDay(day).toString();
    }

    public static int daysBetween(int a, int b) {
        return (int) ChronoUnit.DAYS.between(LocalDate.ofEpochDay(a), LocalDate.ofEpochDay(b));
    }

    public static double round(double v, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(v * scale) / scale;
    }

    public static boolean parseBool(String s) {
        String t = s.trim();
        if (t.equals("true") || t.equals("false")) {
            return Boolean.parseBoolean(t);
        }
        throw new IllegalArgumentException("not a bool: " + s);
    }

    public static String greatest(String a, String b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    public static String least(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** The greater double as {@link Double#compare} orders them: NaN is greater than everything, 0.0 than -0.0. */
    public static double greatest(double a, double b) {
        return Double.compare(a, b) >= 0 ? a : b;
    }

    /** The lesser double as {@link Double#compare} orders them (a NaN loses to any number). */
    public static double least(double a, double b) {
        return Double.compare(a, b) <= 0 ? a : b;
    }

    /**
     * Where the piece of {@code split(s, sep)} that starts at {@code from} ends: the next
     * occurrence of {@code sep}, or the end of {@code s}. An empty separator yields the whole
     * string as one piece. Pieces may be empty ({@code "a,,b"} gives a, "", b).
     */
    public static int splitEnd(String s, String sep, int from) {
        if (sep.isEmpty()) {
            return s.length();
        }
        int at = s.indexOf(sep, from);
        return at < 0 ? s.length() : at;
    }

    /** How far the next piece starts after the end of the current one. */
    public static int splitStep(String sep) {
        return sep.isEmpty() ? 1 : sep.length();
    }
}
