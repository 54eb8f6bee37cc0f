package io.nereid.cli.repl;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The console of a REPL driven by a script ({@code nq repl < script.nqs}): results to standard
 * output, errors to standard error, no prompts, colors or progress bars.
 */
final class ScriptConsole implements Console {
    private final PrintWriter out;
    private final PrintWriter err;

    ScriptConsole(PrintWriter out, PrintWriter err) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
    }

    @Override
    public PrintWriter out() {
        return out;
    }

    @Override
    public void error(String message) {
        out.flush();
        err.println(message);
        err.flush();
    }

    @Override
    public Progress progress(String task, long total, LongSupplier done) {
        return Progress.NONE;
    }
}
