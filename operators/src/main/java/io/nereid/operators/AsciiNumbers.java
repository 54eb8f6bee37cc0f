package io.nereid.operators;

import java.nio.charset.StandardCharsets;

/**
 * Parses numbers and ISO dates straight from bytes of a text line, without making a String first
 * (the hot path of {@link TblSource}). Each method returns normally only for a well-formed value
 * and throws {@link NumberFormatException} otherwise; the caller turns that into a located error.
 */
final class AsciiNumbers {
    /** Powers of ten exactly representable as doubles (10^0 .. 10^22). */
    private static final double[] POWERS = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POWERS.length; i++) {
            POWERS[i] = p;
            p *= 10;
        }
    }

    private AsciiNumbers() {}

    /** A decimal {@code long} ({@code -?[0-9]+}) in {@code b[from, to)}. */
    static long parseLong(byte[] b, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        if (i >= to || to - i > 19) {
            return slowLong(b, from, to);
        }
        long v = 0;
        for (; i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                throw new NumberFormatException(text(b, from, to));
            }
            v = v * 10 + d;
        }
        if (v < 0) {
            return slowLong(b, from, to); // 19 digits that overflow, or Long.MIN_VALUE
        }
        return negative ? -v : v;
    }

    private static long slowLong(byte[] b, int from, int to) {
        return Long.parseLong(text(b, from, to));
    }

    /**
     * A {@code double} in {@code b[from, to)}. Plain decimals with at most 15 significant digits
     * ({@code 24710.35}) are computed exactly as {@code digits / 10^scale}, which is correctly
     * rounded because both operands are exact doubles; anything else (exponents, long mantissas,
     * {@code NaN}) goes through {@link Double#parseDouble}.
     */
    static double parseDouble(byte[] b, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int scale = -1;
        for (; i < to; i++) {
            byte c = b[i];
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                if (mantissa != 0) {
                    digits++;
                }
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == '.' && scale < 0) {
                scale = 0;
            } else {
                return Double.parseDouble(text(b, from, to));
            }
        }
        int start = negative || (from < to && b[from] == '+') ? from + 1 : from;
        if (digits > 15 || scale > 22 || to == start || (scale == 0 && to - start == 1)) {
            return Double.parseDouble(text(b, from, to));
        }
        double v = scale > 0 ? mantissa / POWERS[scale] : mantissa;
        return negative ? -v : v;
    }

    /** An ISO date {@code yyyy-mm-dd} in {@code b[from, to)}, as days since 1970-01-01. */
    static int parseDate(byte[] b, int from, int to) {
        if (to - from != 10 || b[from + 4] != '-' || b[from + 7] != '-') {
            return (int) java.time.LocalDate.parse(text(b, from, to)).toEpochDay();
        }
        int year = digits(b, from, from + 4);
        int month = digits(b, from + 5, from + 7);
        int day = digits(b, from + 8, from + 10);
        if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
            throw new NumberFormatException(text(b, from, to));
        }
        return (int) epochDay(year, month, day);
    }

    private static int digits(byte[] b, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                throw new NumberFormatException(text(b, from, to));
            }
            v = v * 10 + d;
        }
        return v;
    }

    private static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (the civil-from-days inverse). */
    static long epochDay(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    static String text(byte[] b, int from, int to) {
        return new String(b, from, to - from, StandardCharsets.UTF_8);
    }
}
