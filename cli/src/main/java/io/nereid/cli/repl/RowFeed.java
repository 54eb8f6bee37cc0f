package io.nereid.cli.repl;

import io.nereid.operators.RowReader;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link RowReader} over a stored relation's batches: what a compiled query's input feeder
 * pulls its rows from. Adds the rows it has handed out to a shared counter (for the progress bar)
 * and stops the query when the thread is interrupted (Ctrl-C).
 */
final class RowFeed implements RowReader {
    private static final int REPORT_EVERY = 4096;

    private final List<TypedBatch> batches;
    private final AtomicLong fed;
    private int batch;
    private int row = -1;
    private int pending;
    private TypedBatch current;

    RowFeed(List<TypedBatch> batches, AtomicLong fed) {
        this.batches = batches;
        this.fed = fed;
        this.current = batches.isEmpty() ? null : batches.get(0);
    }

    /** Throws when the current thread was interrupted: the user asked to stop. */
    static void checkInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("interrupted");
        }
    }

    @Override
    public boolean next() {
        if (current == null) {
            return false;
        }
        row++;
        while (row >= current.size()) {
            batch++;
            row = 0;
            if (batch >= batches.size()) {
                current = null;
                fed.addAndGet(pending);
                pending = 0;
                return false;
            }
            current = batches.get(batch);
        }
        if (++pending == REPORT_EVERY) {
            fed.addAndGet(pending);
            pending = 0;
            checkInterrupted();
        }
        return true;
    }

    @Override
    public boolean getBool(int column) {
        return current.getLong(column, row) != 0;
    }

    @Override
    public int getInt(int column) {
        return (int) current.getLong(column, row);
    }

    @Override
    public long getLong(int column) {
        return current.getLong(column, row);
    }

    @Override
    public double getDouble(int column) {
        return current.getDouble(column, row);
    }

    @Override
    public String getString(int column) {
        return current.getString(column, row);
    }

    @Override
    public int getDate(int column) {
        return (int) current.getLong(column, row);
    }

    @Override
    public void close() {
        // nothing to release: the rows stay in memory for the next query
    }
}
