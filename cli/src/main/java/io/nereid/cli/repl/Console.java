package io.nereid.cli.repl;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * Where a REPL session prints: results and notes to {@link #out()}, errors through
 * {@link #error}, and progress bars (a terminal shows them, a script's output never does).
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

    /** A progress display; closing it removes it. */
    interface Progress extends AutoCloseable {
        /** Shows nothing. */
        Progress NONE = () -> { };

        @Override
        void close();
    }
}
