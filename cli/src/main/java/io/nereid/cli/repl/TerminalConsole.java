package io.nereid.cli.repl;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.LongSupplier;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * The console of an interactive REPL: everything on the JLine terminal, errors in red, progress
 * bars, and Ctrl-C ({@link #interrupt()}, called from the terminal's signal handler) stopping the
 * load or query running at the time, and nothing else (compilation is never interrupted: an
 * interrupt there could close files the shared Java compiler keeps open).
 */
final class TerminalConsole implements Console {
    private final Terminal terminal;
    private Thread working;

    TerminalConsole(Terminal terminal) {
        this.terminal = Objects.requireNonNull(terminal, "terminal");
    }

    @Override
    public PrintWriter out() {
        return terminal.writer();
    }

    @Override
    public void error(String message) {
        AttributedString red = new AttributedString(message, AttributedStyle.DEFAULT.foreground(AttributedStyle.RED));
        terminal.writer().println(red.toAnsi(terminal));
        terminal.flush();
    }

    @Override
    public Progress progress(String task, long total, LongSupplier done) {
        terminal.flush();
        return DelayedProgressBar.start(new TerminalBarConsumer(terminal), task, total, done);
    }

    @Override
    public <T, E extends Exception> T interruptibly(Work<T, E> work) throws E {
        synchronized (this) {
            working = Thread.currentThread();
        }
        try {
            return work.run();
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("interrupted");
            }
            throw e;
        } finally {
            synchronized (this) {
                working = null;
                Thread.interrupted(); // an interrupt that came as the work ended must not stop the next one
            }
        }
    }

    /** Ctrl-C: interrupts the load or query running now, if any. */
    synchronized void interrupt() {
        if (working != null) {
            working.interrupt();
        }
    }

    /** Whether a load or query is running (one Ctrl-C would stop). */
    synchronized boolean isWorking() {
        return working != null;
    }
}
