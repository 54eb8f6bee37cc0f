package io.nereid.cli.repl;

import java.util.Objects;
import me.tongfei.progressbar.ProgressBarConsumer;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

/**
 * Draws a progress bar on one line of the REPL's JLine terminal (carriage return, the bar, clear
 * to the end of the line) and erases it when the bar closes.
 */
final class TerminalBarConsumer implements ProgressBarConsumer {
    private final Terminal terminal;

    TerminalBarConsumer(Terminal terminal) {
        this.terminal = Objects.requireNonNull(terminal, "terminal");
    }

    @Override
    public int getMaxRenderedLength() {
        int width = terminal.getWidth();
        return width > 10 ? width - 1 : 79;
    }

    @Override
    public void accept(String rendered) {
        terminal.writer().print('\r');
        terminal.writer().print(rendered);
        terminal.puts(Capability.clr_eol);
        terminal.flush();
    }

    @Override
    public void clear() {
        terminal.writer().print('\r');
        terminal.puts(Capability.clr_eol);
        terminal.flush();
    }

    @Override
    public void close() {
        clear();
    }
}
