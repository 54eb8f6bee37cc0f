package io.nereid.cli.repl;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * Where a REPL session prints: results and notes to {@link #out()}, errors through
 * {@link #error}, and progress bars (a terminal shows them, a script's output never does). A
 * terminal also lets Ctrl-C stop the work passed to {@link #interruptibly}.
 */
interface Console {
    /** Results, notes, help. */
    PrintWriter out();

    /** An error message, possibly several lines (location, the line typed, a caret, a hint). */
    void error(String message);

    /**
     * Shows the progress of {@code task} ({@code done()} of {@code total}, or an open-ended count
     * when {@code total} is negative) until the returned handle is closed.
     */
    Progress progress(String task, long total, LongSupplier done);

    /**
     * Runs {@code work} (a load, a query's run; never compilation) so that the user can stop it:
     * on a terminal Ctrl-C interrupts the thread, and the work then ends with a
     * {@link java.util.concurrent.CancellationException}. A script runs it as it is.
     */
    default <T, E extends Exception> T interruptibly(Work<T, E> work) throws E {
        return work.run();
    }

    /** Work that may throw a checked exception. */
    @FunctionalInterface
    interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /** A progress display; closing it removes it. */
    interface Progress extends AutoCloseable {
        /** Shows nothing. */
        Progress NONE = () -> { };

        @Override
        void close();
    }
}
