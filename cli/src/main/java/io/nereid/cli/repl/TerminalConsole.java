package io.nereid.cli.repl;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedStyle;
import org.jline.utils.AttributedString;

/** The console of an interactive REPL: everything on the JLine terminal, errors in red, progress bars. */
final class TerminalConsole implements Console {
    private final Terminal terminal;

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
}
