package io.nereid.datagen;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * Reads {@code src,dst} CSV (as written by {@link EdgeCsvWriter}) back into an {@link EdgeList}.
 *
 * <p>The first line must be the header {@code src,dst}; every further line holds two decimal
 * integers separated by a comma. Line ends may be {@code \n} or {@code \r\n}, the last line may
 * lack one, and empty lines are skipped. Anything else is refused with a
 * {@link CsvFormatException} naming {@code file:line:col}. Bytes are parsed straight from a
 * buffer into growing primitive arrays: no strings, no boxing.
 */
public final class EdgeCsvReader {

    private static final int BUFFER_SIZE = 1 << 16;
    private static final int MAX_HEADER = 1024;
    private static final String ROW_HINT = "each line after the header must be two integers, like 12,34";

    // Parser states.
    private static final int SRC_START = 0;
    private static final int SRC_SIGN = 1;
    private static final int SRC_DIGITS = 2;
    private static final int DST_START = 3;
    private static final int DST_SIGN = 4;
    private static final int DST_DIGITS = 5;
    private static final int ROW_CR = 6;
    private static final int EMPTY_CR = 7;

    private final InputStream in;
    private final String source;
    private long[] src;
    private long[] dst;
    private int size;

    private EdgeCsvReader(InputStream in, String source, int expectedEdges) {
        this.in = in;
        this.source = source;
        int capacity = Math.max(16, expectedEdges);
        this.src = new long[capacity];
        this.dst = new long[capacity];
    }

    /** Reads the edge CSV file {@code file}. */
    public static EdgeList read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        // A line takes at least 4 bytes ("1,2\n"); small ids take about 8 to 16.
        long guess = Math.min(Files.size(file) / 10, Integer.MAX_VALUE - 8);
        try (InputStream in = Files.newInputStream(file)) {
            return new EdgeCsvReader(in, file.toString(), (int) guess).readAll();
        }
    }

    /**
     * Reads edge CSV from {@code in} (not closed); {@code source} names the input in error
     * messages.
     */
    public static EdgeList read(InputStream in, String source) throws IOException {
        return new EdgeCsvReader(Objects.requireNonNull(in, "in"), Objects.requireNonNull(source, "source"), 1024)
                .readAll();
    }

    private EdgeList readAll() throws IOException {
        byte[] buf = new byte[BUFFER_SIZE];
        int limit = in.readNBytes(buf, 0, buf.length);
        int pos = readHeader(buf, limit);
        long line = 2;
        long lineStart = pos; // column = offset in stream - lineStart + 1
        long consumed = 0;     // stream offset of buf[0]
        int state = SRC_START;
        boolean negative = false;
        long value = 0;
        long srcValue = 0;
        while (true) {
            for (; pos < limit; pos++) {
                int b = buf[pos];
                switch (state) {
                    case SRC_START, DST_START -> {
                        if (b >= '0' && b <= '9') {
                            negative = false;
                            value = b - '0';
                            state = state == SRC_START ? SRC_DIGITS : DST_DIGITS;
                        } else if (b == '-') {
                            negative = true;
                            value = 0;
                            state = state == SRC_START ? SRC_SIGN : DST_SIGN;
                        } else if (state == SRC_START && b == '\n') {
                            line++;
                            lineStart = consumed + pos + 1;
                        } else if (state == SRC_START && b == '\r') {
                            state = EMPTY_CR;
                        } else {
                            throw error(line, consumed + pos - lineStart + 1,
                                    "expected " + (state == SRC_START ? "the src id" : "the dst id") + ", found "
                                            + describe(b));
                        }
                    }
                    case SRC_SIGN, DST_SIGN -> {
                        if (b < '0' || b > '9') {
                            throw error(line, consumed + pos - lineStart + 1,
                                    "expected a digit after '-', found " + describe(b));
                        }
                        value = b - '0';
                        state = state == SRC_SIGN ? SRC_DIGITS : DST_DIGITS;
                    }
                    case SRC_DIGITS, DST_DIGITS -> {
                        if (b >= '0' && b <= '9') {
                            int digit = b - '0';
                            if (value > (Long.MAX_VALUE - digit) / 10) {
                                throw error(line, consumed + pos - lineStart + 1, "number too large for a long");
                            }
                            value = value * 10 + digit;
                        } else if (state == SRC_DIGITS) {
                            if (b != ',') {
                                throw error(line, consumed + pos - lineStart + 1,
                                        "expected ',' after the src id, found " + describe(b));
                            }
                            srcValue = negative ? -value : value;
                            state = DST_START;
                        } else if (b == '\n') {
                            add(srcValue, negative ? -value : value);
                            line++;
                            lineStart = consumed + pos + 1;
                            state = SRC_START;
                        } else if (b == '\r') {
                            add(srcValue, negative ? -value : value);
                            state = ROW_CR;
                        } else {
                            throw error(line, consumed + pos - lineStart + 1, b == ','
                                    ? "too many columns: expected the end of the line after the dst id"
                                    : "expected the end of the line after the dst id, found " + describe(b));
                        }
                    }
                    default -> { // ROW_CR, EMPTY_CR
                        if (b != '\n') {
                            throw error(line, consumed + pos - lineStart + 1,
                                    "expected a line feed after a carriage return, found " + describe(b));
                        }
                        line++;
                        lineStart = consumed + pos + 1;
                        state = SRC_START;
                    }
                }
            }
            consumed += limit;
            limit = in.readNBytes(buf, 0, buf.length);
            pos = 0;
            if (limit == 0) {
                break;
            }
        }
        switch (state) {
            case SRC_START, ROW_CR, EMPTY_CR -> { }
            case DST_DIGITS -> add(srcValue, negative ? -value : value);
            default -> throw error(line, consumed - lineStart + 1, "unexpected end of file in the middle of a row");
        }
        long[] s = size == src.length ? src : Arrays.copyOf(src, size);
        long[] d = size == dst.length ? dst : Arrays.copyOf(dst, size);
        src = null;
        dst = null;
        return new EdgeList(s, d);
    }

    /** Checks the header line at the start of {@code buf}; returns the offset after it. */
    private int readHeader(byte[] buf, int limit) throws CsvFormatException {
        int start = limit >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF ? 3 : 0;
        int end = start;
        while (end < limit && end - start < MAX_HEADER && buf[end] != '\n') {
            end++;
        }
        int next = end < limit && buf[end] == '\n' ? end + 1 : end;
        int textEnd = end > start && buf[end - 1] == '\r' ? end - 1 : end;
        String header = new String(buf, start, textEnd - start, StandardCharsets.UTF_8);
        if (!header.equals(EdgeCsvWriter.HEADER)) {
            throw error(1, 1, limit == 0 ? "empty file, expected the header 'src,dst'"
                    : "expected the header 'src,dst', found '" + abbreviate(header) + "'");
        }
        return next;
    }

    private void add(long s, long d) {
        if (size == src.length) {
            if (size >= Integer.MAX_VALUE - 8) {
                throw new IllegalStateException(source + ": more than " + size + " edges do not fit in an array");
            }
            int capacity = (int) Math.min(Integer.MAX_VALUE - 8, size + (size >> 1) + 16L);
            src = Arrays.copyOf(src, capacity);
            dst = Arrays.copyOf(dst, capacity);
        }
        src[size] = s;
        dst[size] = d;
        size++;
    }

    private CsvFormatException error(long line, long column, String problem) {
        String hint = line == 1 ? "the first line of an edge file must be exactly src,dst" : ROW_HINT;
        return new CsvFormatException(source, line, column, problem, hint);
    }

    private static String describe(int b) {
        if (b == '\n' || b == '\r') {
            return "the end of the line";
        }
        if (b >= 0x20 && b < 0x7F) {
            return "'" + (char) b + "'";
        }
        return String.format("byte 0x%02X", b & 0xFF);
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
