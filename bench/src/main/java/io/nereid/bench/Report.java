package io.nereid.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a benchmark command prints, kept as it goes: human-readable lines and {@link ResultLine}s
 * on the output, failed checks on the error stream. The command's exit code and the table it
 * writes into {@code BENCHMARKS.md} are made from what was kept.
 */
final class Report {
    private final PrintWriter out;
    private final PrintWriter err;
    private final String command;
    private final List<ResultLine> results = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    Report(PrintWriter out, PrintWriter err, String command) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.command = Objects.requireNonNull(command, "command");
    }

    /** Prints a human-readable line. */
    void line(String text) {
        out.println(text);
        out.flush();
    }

    /** Prints and keeps a result. */
    void result(ResultLine r) {
        results.add(r);
        out.println(r);
        out.flush();
    }

    /** Reports a failed check (a wrong answer): no figure is printed for it. */
    void failure(String problem) {
        failures.add(problem);
        err.println(command + ": wrong answer: " + problem);
        err.flush();
    }

    List<ResultLine> results() {
        return List.copyOf(results);
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    /** {@link Main#EXIT_OK}, or {@link Main#EXIT_WRONG_ANSWER} when a check failed. */
    int exitCode() {
        return failures.isEmpty() ? Main.EXIT_OK : Main.EXIT_WRONG_ANSWER;
    }
}
