package io.nereid.operators;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * A typed source for {@code .tbl} files, the format of TPC-H's {@code dbgen} (and of
 * {@code nq gen tpch}): one row per line, fields separated by {@code |}, a {@code |} after the
 * last field too, no header, no quoting (a field is every byte between two bars, blanks
 * included). The declared fields are the first columns, in order; further fields are ignored.
 *
 * <p>The parser works on bytes: lines are found in a large buffer and numbers and dates are
 * parsed in place ({@link AsciiNumbers}), so only {@code string} fields allocate. As with
 * {@link CsvSource}, a row is parsed and checked completely in {@link #next()}, and a bad value or
 * a short row stops the run with {@code file:line:column} ({@link BadRowPolicy#FAIL}) or is
 * skipped and counted ({@link BadRowPolicy#SKIP}). Empty lines are skipped.
 */
public final class TblSource implements InputSource {
    private static final int BUFFER = 1 << 20;

    private final String fileName;
    private final RelationInfo relation;
    private final BadRowPolicy policy;
    private final InputStream in;
    private final ColumnKind[] kinds;
    private final int[] starts;
    private final int[] ends;
    private final long[] longs;
    private final double[] doubles;
    private final String[] strings;
    private boolean[] read;
    /** The number of leading fields to split: up to the last column that is read. */
    private int splitFields;
    private byte[] buf = new byte[BUFFER];
    private int pos;
    private int limit;
    private boolean eof;
    private long line;
    private long skipped;
    private long rows;

    private TblSource(String fileName, InputStream in, RelationInfo relation, BadRowPolicy policy) {
        this.fileName = fileName;
        this.relation = relation;
        this.policy = policy;
        this.in = in;
        int n = relation.columns().size();
        this.kinds = new ColumnKind[n];
        for (int i = 0; i < n; i++) {
            kinds[i] = relation.columns().get(i).kind();
        }
        this.starts = new int[n];
        this.ends = new int[n];
        this.longs = new long[n];
        this.doubles = new double[n];
        this.strings = new String[n];
        this.read = new boolean[n];
        Arrays.fill(read, true);
        this.splitFields = n;
    }

    /** Opens {@code file} as the rows of {@code relation}. */
    public static TblSource open(Path file, RelationInfo relation, BadRowPolicy policy) throws IOException {
        Objects.requireNonNull(file, "file");
        return new TblSource(file.toString(), Files.newInputStream(file), Objects.requireNonNull(relation, "relation"),
                Objects.requireNonNull(policy, "policy"));
    }

    /** Reads {@code .tbl} text (for tests); {@code name} is used in messages. */
    public static TblSource ofText(String name, String text, RelationInfo relation, BadRowPolicy policy) {
        return new TblSource(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), relation, policy);
    }

    /** Only the marked columns are parsed and checked; a row only needs fields up to the last of them. */
    @Override
    public void readColumns(boolean[] columns) {
        if (columns.length != kinds.length) {
            throw new IllegalArgumentException("expected " + kinds.length + " column flags, got " + columns.length);
        }
        read = columns.clone();
        splitFields = 0;
        for (int c = 0; c < read.length; c++) {
            if (read[c]) {
                splitFields = c + 1;
            }
        }
    }

    @Override
    public boolean next() {
        while (true) {
            int end = nextLine();
            if (end < 0) {
                return false;
            }
            int lineStart = pos;
            pos = end + 1;
            int contentEnd = end > lineStart && buf[end - 1] == '\r' ? end - 1 : end;
            if (contentEnd == lineStart) {
                continue;
            }
            String error = parse(lineStart, contentEnd);
            if (error == null) {
                rows++;
                return true;
            }
            if (policy == BadRowPolicy.FAIL) {
                throw new CsvRowException(error);
            }
            skipped++;
        }
    }

    /**
     * The index of the end of the next line ({@code '\n'}, or the end of the data for a last line
     * without one) with {@link #pos} at its start, refilling the buffer as needed; -1 at the end.
     */
    private int nextLine() {
        int scan = pos;
        while (true) {
            for (int i = scan; i < limit; i++) {
                if (buf[i] == '\n') {
                    line++;
                    return i;
                }
            }
            if (eof) {
                if (pos < limit) {
                    line++;
                    if (limit == buf.length) {
                        buf = Arrays.copyOf(buf, buf.length + 1);
                    }
                    buf[limit] = '\n';
                    return limit++;
                }
                return -1;
            }
            scan = limit - pos;
            fill();
        }
    }

    /** Moves the unread bytes to the front of the buffer (growing it for a long line) and reads more. */
    private void fill() {
        int kept = limit - pos;
        if (kept == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        } else if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, kept);
        }
        pos = 0;
        limit = kept;
        try {
            int read = in.read(buf, limit, buf.length - limit);
            if (read < 0) {
                eof = true;
            } else {
                limit += read;
            }
        } catch (IOException e) {
            throw new CsvRowException(fileName + ": cannot read: " + e.getMessage());
        }
    }

    /** Splits the line at bars and parses the declared fields; returns an error message or null. */
    private String parse(int from, int to) {
        int field = 0;
        int start = from;
        for (int i = from; i < to && field < splitFields; i++) {
            if (buf[i] == '|') {
                starts[field] = start;
                ends[field] = i;
                field++;
                start = i + 1;
            }
        }
        if (field < splitFields && start < to) {
            starts[field] = start; // a last field without its trailing bar
            ends[field] = to;
            field++;
        }
        if (field < splitFields) {
            return location(from, Math.min(start, to)) + ": the row has " + field + " field" + (field == 1 ? "" : "s")
                    + ", but field '" + relation.columns().get(field).name() + "' (" + kinds[field].nqName()
                    + ") is column " + (field + 1);
        }
        for (int c = 0; c < splitFields; c++) {
            if (!read[c]) {
                continue;
            }
            int s = starts[c];
            int e = ends[c];
            try {
                switch (kinds[c]) {
                    case STRING -> strings[c] = new String(buf, s, e - s, StandardCharsets.UTF_8);
                    case LONG -> longs[c] = AsciiNumbers.parseLong(buf, trimStart(s, e), trimEnd(s, e));
                    case INT -> longs[c] = Math.toIntExact(AsciiNumbers.parseLong(buf, trimStart(s, e), trimEnd(s, e)));
                    case DOUBLE -> doubles[c] = AsciiNumbers.parseDouble(buf, trimStart(s, e), trimEnd(s, e));
                    case DATE -> longs[c] = AsciiNumbers.parseDate(buf, trimStart(s, e), trimEnd(s, e));
                    case BOOL -> longs[c] = parseBool(AsciiNumbers.text(buf, s, e).trim());
                }
            } catch (RuntimeException ex) { // NumberFormatException, ArithmeticException, DateTimeException
                return location(from, s) + ": field '" + relation.columns().get(c).name() + "' expects "
                        + article(kinds[c]) + ", but the value is '" + AsciiNumbers.text(buf, s, e) + "'";
            }
        }
        return null;
    }

    private int trimStart(int s, int e) {
        while (s < e && buf[s] == ' ') {
            s++;
        }
        return s;
    }

    private int trimEnd(int s, int e) {
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

    /** {@code file:line:column} of the byte at {@code at} of the line starting at {@code lineStart}. */
    private String location(int lineStart, int at) {
        return fileName + ":" + line + ":" + (AsciiNumbers.text(buf, lineStart, at).length() + 1);
    }

    @Override
    public long skippedRows() {
        return skipped;
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public boolean getBool(int column) {
        return longs[column] != 0;
    }

    @Override
    public int getInt(int column) {
        return (int) longs[column];
    }

    @Override
    public long getLong(int column) {
        return longs[column];
    }

    @Override
    public double getDouble(int column) {
        return doubles[column];
    }

    @Override
    public String getString(int column) {
        return strings[column];
    }

    @Override
    public int getDate(int column) {
        return (int) longs[column];
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
