package io.nereid.cli.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The REPL without a terminal ({@code nq repl < script.nqs}): reads lines, cuts them into
 * statements and commands exactly as the interactive REPL does, and evaluates each; no prompts,
 * colors or progress bars. An error is reported (on the console's error stream, naming the
 * script line) and the script goes on; the exit code says whether any statement failed.
 */
final class ScriptRepl {
    /** Exit code when every statement succeeded. */
    static final int EXIT_OK = 0;
    /** Exit code when at least one statement failed (the others still ran). */
    static final int EXIT_ERRORS = 1;

    private ScriptRepl() {
    }

    /** Runs every statement of {@code in} (named {@code sourceName} in messages) on {@code session}. */
    static int run(BufferedReader in, String sourceName, Session session) {
        Objects.requireNonNull(in, "in");
        ChunkAssembler assembler = new ChunkAssembler(sourceName);
        boolean failed = false;
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                for (Chunk chunk : assembler.addLine(line)) {
                    Session.Outcome outcome = session.evaluate(chunk);
                    if (outcome == Session.Outcome.QUIT) {
                        return failed ? EXIT_ERRORS : EXIT_OK;
                    }
                    failed |= outcome == Session.Outcome.FAILED;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Chunk chunk : assembler.finish().stream().toList()) {
            failed |= session.evaluate(chunk) == Session.Outcome.FAILED;
        }
        return failed ? EXIT_ERRORS : EXIT_OK;
    }
}
