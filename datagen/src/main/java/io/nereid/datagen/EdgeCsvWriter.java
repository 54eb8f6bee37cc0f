package io.nereid.datagen;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes edges as {@code src,dst} CSV: a header line {@code src,dst}, then one {@code \n}-terminated
 * line per edge with both ids in decimal. Numbers are formatted straight into a byte buffer (no
 * strings, no per-edge allocation), so writing runs at disk speed.
 *
 * <p>Use {@link #write(EdgeList, Path)} for a whole edge list, or an instance as an
 * {@link EdgeSink} to stream a graph from {@link Rmat#generate(int, int, long, EdgeSink)}.
 */
public final class EdgeCsvWriter implements EdgeSink, Closeable {

    /** The header line of an edge CSV file (without the line break). */
    public static final String HEADER = "src,dst";

    private static final int BUFFER_SIZE = 1 << 16;
    private static final int MAX_LINE = 2 * 20 + 2; // two longs with sign, a comma and a newline

    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int position;

    /** Writes the header to {@code out} now; {@link #close()} flushes and closes {@code out}. */
    public EdgeCsvWriter(OutputStream out) throws IOException {
        this.out = Objects.requireNonNull(out, "out");
        byte[] header = (HEADER + "\n").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, buffer, 0, header.length);
        position = header.length;
    }

    /** Writes {@code edges} to {@code file}, replacing it if it exists. */
    public static void write(EdgeList edges, Path file) throws IOException {
        Objects.requireNonNull(edges, "edges");
        try (EdgeCsvWriter writer = new EdgeCsvWriter(Files.newOutputStream(Objects.requireNonNull(file, "file")))) {
            writer.accept(edges.src(), edges.dst(), edges.size());
        }
    }

    @Override
    public void accept(long[] src, long[] dst, int count) throws IOException {
        if (count > src.length || count > dst.length) {
            throw new IllegalArgumentException("count " + count + " exceeds the arrays' length");
        }
        byte[] buf = buffer;
        int pos = position;
        for (int i = 0; i < count; i++) {
            if (pos > BUFFER_SIZE - MAX_LINE) {
                out.write(buf, 0, pos);
                pos = 0;
            }
            pos = putLong(buf, pos, src[i]);
            buf[pos++] = ',';
            pos = putLong(buf, pos, dst[i]);
            buf[pos++] = '\n';
        }
        position = pos;
    }

    /** Writes out what is buffered and flushes the stream. */
    public void flush() throws IOException {
        out.write(buffer, 0, position);
        position = 0;
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            out.close();
        }
    }

    /** Formats {@code value} in decimal at {@code pos}; returns the position after it. */
    static int putLong(byte[] buf, int pos, long value) {
        if (value < 0) {
            if (value == Long.MIN_VALUE) {
                byte[] min = Long.toString(value).getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(min, 0, buf, pos, min.length);
                return pos + min.length;
            }
            buf[pos++] = '-';
            value = -value;
        }
        int digits = 1;
        for (long v = value; v >= 10; v /= 10) {
            digits++;
        }
        int end = pos + digits;
        for (int i = end - 1; i >= pos; i--) {
            buf[i] = (byte) ('0' + (int) (value % 10));
            value /= 10;
        }
        return end;
    }
}
