package io.nereid.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One in-process run of {@code nq}: its exit code and everything it printed. */
record NqRun(int exitCode, String out, String err) {

    /** Runs {@code nq args} through {@link Main#commandLine()}, capturing its output and errors. */
    static NqRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new NqRun(exitCode, out.toString(), err.toString());
    }

    /** The first line printed to standard error. */
    String firstErrorLine() {
        return err.lines().findFirst().orElse("");
    }
}
