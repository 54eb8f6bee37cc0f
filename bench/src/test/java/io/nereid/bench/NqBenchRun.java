package io.nereid.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@code nq bench} in-process and keeps what it printed: the base of the command tests. */
abstract class NqBenchRun {
    protected final StringWriter out = new StringWriter();
    protected final StringWriter err = new StringWriter();

    /** Runs {@code nq bench args} and returns its exit code. */
    protected int run(String... args) {
        CommandLine c = Main.commandLine();
        c.setOut(new PrintWriter(out, true));
        c.setErr(new PrintWriter(err, true));
        return c.execute(args);
    }
}
