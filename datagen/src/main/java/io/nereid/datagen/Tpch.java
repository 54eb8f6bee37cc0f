package io.nereid.datagen;

import io.airlift.tpch.TpchEntity;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes the eight TPC-H tables as {@code .tbl} files, using the {@code io.airlift.tpch} port of
 * {@code dbgen}: the same rows as {@code dbgen}, one per line, fields separated by {@code |} and
 * a {@code |} after the last field, money with two decimals, dates as {@code yyyy-mm-dd}.
 *
 * <p>The files are {@code region.tbl}, {@code nation.tbl}, {@code supplier.tbl},
 * {@code customer.tbl}, {@code part.tbl}, {@code partsupp.tbl}, {@code orders.tbl} and
 * {@code lineitem.tbl}. At scale factor 1 they take about 1 GB; at 0.01 about 10 MB.
 *
 * <p>Generation streams: each table is cut into parts of a few megabytes, parts are generated
 * and formatted by a pool of threads, and written in order, so memory does not grow with the
 * scale factor (the generator itself holds a 300 MB text pool, as {@code dbgen} does). The
 * output depends only on the scale factor, never on the number of threads.
 */
public final class Tpch {

    /** The smallest scale factor: below it the supplier table would be empty. */
    public static final double MIN_SCALE_FACTOR = 0.0001;

    /** Bytes of output per part (a task of the thread pool). */
    static final long PART_BYTES = 4L << 20;

    private Tpch() {
    }

    /**
     * Writes the eight tables at scale factor {@code scaleFactor} into {@code dir} (which must
     * exist), replacing files of the same names, using as many threads as there are processors.
     * Returns the files in the order of {@link TpchTable}.
     *
     * @throws IllegalArgumentException if the scale factor is below {@link #MIN_SCALE_FACTOR} or
     *     not a finite number
     */
    public static List<TpchTableFile> generate(double scaleFactor, Path dir) throws IOException {
        return generate(scaleFactor, dir, Runtime.getRuntime().availableProcessors());
    }

    /** As {@link #generate(double, Path)}, with {@code threads} generating threads. */
    public static List<TpchTableFile> generate(double scaleFactor, Path dir, int threads) throws IOException {
        return generate(scaleFactor, dir, threads, PART_BYTES);
    }

    /** As {@link #generate(double, Path, int)}, with parts of about {@code partBytes} (for tests). */
    static List<TpchTableFile> generate(double scaleFactor, Path dir, int threads, long partBytes) throws IOException {
        checkScaleFactor(scaleFactor);
        Objects.requireNonNull(dir, "dir");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        List<Part> parts = new ArrayList<>();
        for (TpchTable table : TpchTable.values()) {
            int count = partCount(table, scaleFactor, partBytes);
            for (int part = 1; part <= count; part++) {
                parts.add(new Part(table, part, count));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "tpch-gen");
            thread.setDaemon(true);
            return thread;
        });
        try {
            return writeInOrder(scaleFactor, dir, parts, pool, 2 * threads);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Checks a scale factor; the message says what is allowed. */
    public static void checkScaleFactor(double scaleFactor) {
        if (!(scaleFactor >= MIN_SCALE_FACTOR) || Double.isInfinite(scaleFactor)) {
            throw new IllegalArgumentException("the scale factor must be a number of at least 0.0001"
                    + " (1 gives about 1 GB of data), got " + scaleFactor);
        }
    }

    /** The file names of the eight tables, in the order of {@link TpchTable}. */
    public static List<String> fileNames() {
        List<String> names = new ArrayList<>();
        for (TpchTable table : TpchTable.values()) {
            names.add(table.fileName());
        }
        return List.copyOf(names);
    }

    /**
     * Generates parts with at most {@code window} in flight and writes them in order, one file
     * per table. A file left half written by a failure is deleted.
     */
    private static List<TpchTableFile> writeInOrder(double sf, Path dir, List<Part> parts, ExecutorService pool,
            int window) throws IOException {
        List<TpchTableFile> files = new ArrayList<>();
        ArrayDeque<Future<Chunk>> inFlight = new ArrayDeque<>();
        int submitted = 0;
        OutputStream out = null;
        Path file = null;
        long rows = 0;
        long bytes = 0;
        try {
            for (int i = 0; i < parts.size(); i++) {
                while (submitted < parts.size() && inFlight.size() < window) {
                    Part next = parts.get(submitted++);
                    inFlight.add(pool.submit(() -> next.generate(sf)));
                }
                Part part = parts.get(i);
                Chunk chunk = await(inFlight.removeFirst());
                if (part.part == 1) {
                    file = dir.resolve(part.table.fileName());
                    out = Files.newOutputStream(file);
                    rows = 0;
                    bytes = 0;
                }
                out.write(chunk.bytes, 0, chunk.size);
                rows += chunk.rows;
                bytes += chunk.size;
                if (part.part == part.count) {
                    out.close();
                    out = null;
                    files.add(new TpchTableFile(part.table, file, rows, bytes));
                }
            }
        } catch (IOException | RuntimeException | Error e) {
            for (Future<Chunk> future : inFlight) {
                future.cancel(true);
            }
            if (out != null) {
                closeQuietly(out);
                Files.deleteIfExists(file);
            }
            throw e;
        }
        return List.copyOf(files);
    }

    private static Chunk await(Future<Chunk> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while generating TPC-H data", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new UncheckedIOException(new IOException("TPC-H generation failed", cause));
        }
    }

    private static int partCount(TpchTable table, double sf, long partBytes) {
        if (!table.splittable()) {
            return 1;
        }
        long count = (table.estimatedBytes(sf) + partBytes - 1) / partBytes;
        return (int) Math.max(1, Math.min(count, Math.min(table.units(sf), Integer.MAX_VALUE)));
    }

    private static void closeQuietly(OutputStream out) {
        try {
            out.close();
        } catch (IOException ignored) {
            // The first failure is what the caller needs to see.
        }
    }

    /** Part {@code part} (1-based) of the {@code count} parts of a table. */
    private record Part(TpchTable table, int part, int count) {

        Chunk generate(double sf) {
            long estimate = table.estimatedBytes(sf) / count + (table.estimatedBytes(sf) / count >> 3) + 4096;
            TpchLineBuffer buffer = new TpchLineBuffer((int) Math.min(estimate, Integer.MAX_VALUE - 8));
            long rows = 0;
            for (TpchEntity row : table.rows(sf, part, count)) {
                buffer.append(row);
                rows++;
            }
            return new Chunk(buffer.bytes(), buffer.size(), rows);
        }
    }

    /** The formatted lines of one part. */
    private record Chunk(byte[] bytes, int size, long rows) {
    }
}
