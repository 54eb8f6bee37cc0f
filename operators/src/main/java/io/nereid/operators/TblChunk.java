package io.nereid.operators;

import java.nio.charset.StandardCharsets;

/**
 * The rows of one chunk of a {@code .tbl} file (whole lines), parsed into columns: the unit of
 * work of {@link TblSource}'s parser threads. Only the columns to read are parsed; numbers and
 * dates go into {@code longs} or {@code doubles}, text into {@code strings}.
 *
 * <p>With {@link BadRowPolicy#FAIL} parsing stops at the first bad row: {@link #rows} are the
 * good rows before it and {@link #error} says what is wrong, located by the line within the
 * chunk ({@link #errorLine}, 1-based), since where the chunk starts in the file is known only to
 * the reader. With {@link BadRowPolicy#SKIP} bad rows are counted in {@link #skipped}.
 */
final class TblChunk {
    /** One column per declared field; null where the column is not read or not of that kind. */
    final long[][] longs;
    final double[][] doubles;
    final String[][] strings;
    int rows;
    /** The number of lines the chunk holds, empty and bad ones included. */
    int lines;
    long skipped;
    /** The message of the first bad row after {@code file:line:column: } (FAIL), or null. */
    String error;
    int errorLine;
    int errorColumn;

    private TblChunk(int columns) {
        longs = new long[columns][];
        doubles = new double[columns][];
        strings = new String[columns][];
    }

    /** What a chunk parser needs to know of the input: field names and kinds, which to read, the policy. */
    record Layout(RelationInfo relation, ColumnKind[] kinds, boolean[] read, int splitFields, BadRowPolicy policy) {}

    /** Parses the lines of {@code buf[from, to)}, which ends at the end of a line. */
    static TblChunk parse(byte[] buf, int from, int to, Layout layout) {
        int n = layout.kinds().length;
        TblChunk chunk = new TblChunk(n);
        int capacity = Math.max(16, (to - from) / 64);
        for (int c = 0; c < n; c++) {
            if (layout.read()[c]) {
                switch (layout.kinds()[c]) {
                    case DOUBLE -> chunk.doubles[c] = new double[capacity];
                    case STRING -> chunk.strings[c] = new String[capacity];
                    default -> chunk.longs[c] = new long[capacity];
                }
            }
        }
        int[] starts = new int[layout.splitFields()];
        int[] ends = new int[layout.splitFields()];
        int pos = from;
        while (pos < to) {
            int end = pos;
            while (end < to && buf[end] != '\n') {
                end++;
            }
            chunk.lines++;
            int contentEnd = end > pos && buf[end - 1] == '\r' ? end - 1 : end;
            if (contentEnd > pos) {
                if (chunk.rows == capacity) {
                    capacity = chunk.grow(capacity);
                }
                if (!chunk.parseLine(buf, pos, contentEnd, layout, starts, ends)) {
                    if (layout.policy() == BadRowPolicy.FAIL) {
                        return chunk;
                    }
                    chunk.skipped++;
                }
            }
            pos = end + 1;
        }
        return chunk;
    }

    private int grow(int capacity) {
        int bigger = capacity * 2;
        for (int c = 0; c < longs.length; c++) {
            if (longs[c] != null) {
                longs[c] = java.util.Arrays.copyOf(longs[c], bigger);
            }
            if (doubles[c] != null) {
                doubles[c] = java.util.Arrays.copyOf(doubles[c], bigger);
            }
            if (strings[c] != null) {
                strings[c] = java.util.Arrays.copyOf(strings[c], bigger);
            }
        }
        return bigger;
    }

    /** Parses one non-empty line into row {@link #rows}; false (with the error noted) for a bad row. */
    private boolean parseLine(byte[] buf, int from, int to, Layout layout, int[] starts, int[] ends) {
        int wanted = layout.splitFields();
        int field = 0;
        int start = from;
        for (int i = from; i < to && field < wanted; i++) {
            if (buf[i] == '|') {
                starts[field] = start;
                ends[field] = i;
                field++;
                start = i + 1;
            }
        }
        if (field < wanted && start < to) {
            starts[field] = start; // a last field without its trailing bar
            ends[field] = to;
            field++;
        }
        ColumnKind[] kinds = layout.kinds();
        if (field < wanted) {
            return bad(buf, from, Math.min(start, to), "the row has " + field + " field" + (field == 1 ? "" : "s")
                    + ", but field '" + layout.relation().columns().get(field).name() + "' (" + kinds[field].nqName()
                    + ") is column " + (field + 1));
        }
        int row = rows;
        for (int c = 0; c < wanted; c++) {
            if (!layout.read()[c]) {
                continue;
            }
            int s = starts[c];
            int e = ends[c];
            try {
                switch (kinds[c]) {
                    case STRING -> strings[c][row] = new String(buf, s, e - s, StandardCharsets.UTF_8);
                    case LONG -> longs[c][row] = AsciiNumbers.parseLong(buf, trimStart(buf, s, e), trimEnd(buf, s, e));
                    case INT -> longs[c][row] = Math.toIntExact(
                            AsciiNumbers.parseLong(buf, trimStart(buf, s, e), trimEnd(buf, s, e)));
                    case DOUBLE -> doubles[c][row] = AsciiNumbers.parseDouble(buf, trimStart(buf, s, e), trimEnd(buf, s, e));
                    case DATE -> longs[c][row] = AsciiNumbers.parseDate(buf, trimStart(buf, s, e), trimEnd(buf, s, e));
                    case BOOL -> longs[c][row] = parseBool(AsciiNumbers.text(buf, s, e).trim());
                }
            } catch (RuntimeException ex) { // NumberFormatException, ArithmeticException, DateTimeException
                return bad(buf, from, s, "field '" + layout.relation().columns().get(c).name() + "' expects "
                        + article(kinds[c]) + ", but the value is '" + AsciiNumbers.text(buf, s, e) + "'");
            }
        }
        rows++;
        return true;
    }

    private boolean bad(byte[] buf, int lineStart, int at, String message) {
        if (error == null) {
            error = message;
            errorLine = lines;
            errorColumn = AsciiNumbers.text(buf, lineStart, at).length() + 1;
        }
        return false;
    }

    private static int trimStart(byte[] buf, int s, int e) {
        while (s < e && buf[s] == ' ') {
            s++;
        }
        return s;
    }

    private static int trimEnd(byte[] buf, int s, int e) {
        while (e > s && buf[e - 1] == ' ') {
            e--;
        }
        return e;
    }

    private static long parseBool(String v) {
        if (v.equalsIgnoreCase("true")) {
            return 1;
        }
        if (v.equalsIgnoreCase("false")) {
            return 0;
        }
        throw new NumberFormatException(v);
    }

    private static String article(ColumnKind kind) {
        return switch (kind) {
            case INT -> "an int";
            case DATE -> "a date (yyyy-mm-dd)";
            case BOOL -> "a bool (true or false)";
            default -> "a " + kind.nqName();
        };
    }
}
