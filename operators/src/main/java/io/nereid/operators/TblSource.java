package io.nereid.operators;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A typed source for {@code .tbl} files, the format of TPC-H's {@code dbgen} (and of
 * {@code nq gen tpch}): one row per line, fields separated by {@code |}, a {@code |} after the
 * last field too, no header, no quoting (a field is every byte between two bars, blanks
 * included). The declared fields are the first columns, in order; further fields are ignored.
 *
 * <p>The file is read in chunks of whole lines, which parser threads turn into columns
 * ({@link TblChunk}) while the caller consumes earlier chunks in order: rows come out in file
 * order, and parsing a large table takes several cores. Numbers and dates are parsed from the
 * bytes ({@link AsciiNumbers}); only {@code string} fields allocate, and only the columns given
 * to {@link #readColumns} are parsed at all.
 *
 * <p>As with {@link CsvSource}, a row is checked before {@link #next()} returns it, and a bad
 * value or a short row stops the run with {@code file:line:column} ({@link BadRowPolicy#FAIL};
 * the rows before it are still returned first) or is skipped and counted
 * ({@link BadRowPolicy#SKIP}). Empty lines are skipped.
 */
public final class TblSource implements InputSource {
    static final int CHUNK = 1 << 20;
    private static final int MAX_PARSERS = 4;

    private final String fileName;
    private final RelationInfo relation;
    private final BadRowPolicy policy;
    private final InputStream in;
    private final ColumnKind[] kinds;
    private final int parsers;
    private final int chunkSize;
    private final ArrayDeque<Future<TblChunk>> pending = new ArrayDeque<>();
    private final ConcurrentLinkedQueue<byte[]> freeBuffers = new ConcurrentLinkedQueue<>();
    private boolean[] read;
    private TblChunk.Layout layout;
    private ExecutorService pool;
    private byte[] carry = new byte[0];
    private int carryLength;
    private boolean eof;
    private TblChunk chunk;
    private int row;
    private long linesBefore;
    private long skipped;
    private long rows;

    private TblSource(String fileName, InputStream in, RelationInfo relation, BadRowPolicy policy, int parsers,
            int chunkSize) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.relation = Objects.requireNonNull(relation, "relation");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.in = in;
        this.parsers = parsers;
        this.chunkSize = chunkSize;
        int n = relation.columns().size();
        this.kinds = new ColumnKind[n];
        for (int i = 0; i < n; i++) {
            kinds[i] = relation.columns().get(i).kind();
        }
        this.read = new boolean[n];
        Arrays.fill(read, true);
    }

    /** Opens {@code file} as the rows of {@code relation}, parsed by up to four threads. */
    public static TblSource open(Path file, RelationInfo relation, BadRowPolicy policy) throws IOException {
        Objects.requireNonNull(file, "file");
        int parsers = Math.min(MAX_PARSERS, Runtime.getRuntime().availableProcessors());
        return new TblSource(file.toString(), Files.newInputStream(file), relation, policy, parsers, CHUNK);
    }

    /** Reads {@code .tbl} text in the calling thread (for tests); {@code name} is used in messages. */
    public static TblSource ofText(String name, String text, RelationInfo relation, BadRowPolicy policy) {
        return of(name, text, relation, policy, 1, CHUNK);
    }

    /** Reads {@code text} with {@code parsers} threads (1: the calling thread) in chunks of about {@code chunkSize} bytes. */
    static TblSource of(String name, String text, RelationInfo relation, BadRowPolicy policy, int parsers, int chunkSize) {
        return new TblSource(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), relation, policy,
                parsers, chunkSize);
    }

    /** Only the marked columns are parsed and checked; a row only needs fields up to the last of them. */
    @Override
    public void readColumns(boolean[] columns) {
        if (columns.length != kinds.length) {
            throw new IllegalArgumentException("expected " + kinds.length + " column flags, got " + columns.length);
        }
        if (layout != null) {
            throw new IllegalStateException("readColumns must come before the first row is read");
        }
        read = columns.clone();
    }

    @Override
    public boolean next() {
        while (true) {
            if (chunk != null && row + 1 < chunk.rows) {
                row++;
                rows++;
                return true;
            }
            if (chunk != null) {
                if (chunk.error != null && policy == BadRowPolicy.FAIL) {
                    String message = fileName + ":" + (linesBefore + chunk.errorLine) + ":" + chunk.errorColumn + ": "
                            + chunk.error;
                    chunk = null;
                    eof = true;
                    pending.clear();
                    throw new CsvRowException(message);
                }
                linesBefore += chunk.lines;
                chunk = null;
            }
            TblChunk next = take();
            if (next == null) {
                return false;
            }
            skipped += next.skipped;
            chunk = next;
            row = -1;
        }
    }

    /** The next parsed chunk in file order, keeping the parsers busy with the ones after it; null at the end. */
    private TblChunk take() {
        if (layout == null) {
            int split = 0;
            for (int c = 0; c < read.length; c++) {
                if (read[c]) {
                    split = c + 1;
                }
            }
            layout = new TblChunk.Layout(relation, kinds, read, split, policy);
            if (parsers > 1) {
                pool = Executors.newFixedThreadPool(parsers, r -> {
                    Thread t = new Thread(r, "nq-tbl-parser");
                    t.setDaemon(true);
                    return t;
                });
            }
        }
        while (pending.size() < Math.max(1, 2 * parsers) && !eof) {
            submit();
        }
        Future<TblChunk> head = pending.poll();
        if (head == null) {
            return null;
        }
        try {
            return head.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CsvRowException(fileName + ": interrupted while reading");
        }
    }

    /** Reads the next run of whole lines and has it parsed. */
    private void submit() {
        byte[] buf = freeBuffers.poll();
        if (buf == null || buf.length < carryLength + 1) {
            buf = new byte[Math.max(chunkSize, carryLength * 2)];
        }
        System.arraycopy(carry, 0, buf, 0, carryLength);
        int length = carryLength;
        int end;
        while (true) {
            length = fill(buf, length);
            end = lastNewline(buf, length);
            if (end >= 0 || eof) {
                break;
            }
            buf = Arrays.copyOf(buf, buf.length * 2); // a line longer than the buffer
        }
        int chunkEnd = end >= 0 && !eof ? end + 1 : length;
        carryLength = length - chunkEnd;
        if (carry.length < carryLength) {
            carry = new byte[Math.max(carryLength, 1024)];
        }
        System.arraycopy(buf, chunkEnd, carry, 0, carryLength);
        if (chunkEnd == 0) {
            return;
        }
        byte[] data = buf;
        if (pool == null) {
            pending.add(CompletableFuture.completedFuture(TblChunk.parse(data, 0, chunkEnd, layout)));
            freeBuffers.offer(data);
        } else {
            TblChunk.Layout l = layout;
            pending.add(pool.submit(() -> {
                TblChunk parsed = TblChunk.parse(data, 0, chunkEnd, l);
                freeBuffers.offer(data);
                return parsed;
            }));
        }
    }

    /** Reads into {@code buf} after {@code length} bytes until it is full or the input ends; the new length. */
    private int fill(byte[] buf, int length) {
        try {
            while (length < buf.length) {
                int n = in.read(buf, length, buf.length - length);
                if (n < 0) {
                    eof = true;
                    break;
                }
                length += n;
            }
            return length;
        } catch (IOException e) {
            throw new CsvRowException(fileName + ": cannot read: " + e.getMessage());
        }
    }

    private static int lastNewline(byte[] buf, int length) {
        for (int i = length - 1; i >= 0; i--) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
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
        return chunk.longs[column][row] != 0;
    }

    @Override
    public int getInt(int column) {
        return (int) chunk.longs[column][row];
    }

    @Override
    public long getLong(int column) {
        return chunk.longs[column][row];
    }

    @Override
    public double getDouble(int column) {
        return chunk.doubles[column][row];
    }

    @Override
    public String getString(int column) {
        return chunk.strings[column][row];
    }

    @Override
    public int getDate(int column) {
        return (int) chunk.longs[column][row];
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
