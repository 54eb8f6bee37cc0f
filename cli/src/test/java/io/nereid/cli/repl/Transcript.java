package io.nereid.cli.repl;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;

/** One scripted REPL session run in-process: its exit code, standard output and standard error. */
record Transcript(int exitCode, String out, String err) {

    /** Runs {@code script} (named {@code test.nqs}) with files resolved in {@code dir}, without timings. */
    static Transcript of(Path dir, String script) {
        return of(new SessionOptions(1, 1000, false, dir), script);
    }

    static Transcript of(SessionOptions options, String script) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit;
        try (Session session = new Session(new ScriptConsole(new PrintWriter(out), new PrintWriter(err)), options)) {
            exit = ScriptRepl.run(new BufferedReader(new StringReader(script)), "test.nqs", session);
        }
        return new Transcript(exit, out.toString(), err.toString());
    }
}
