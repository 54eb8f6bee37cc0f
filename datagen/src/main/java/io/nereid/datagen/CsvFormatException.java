package io.nereid.datagen;

import java.io.IOException;
import java.util.Objects;

/**
 * A malformed edge CSV file. The message names the place as {@code source:line:col} (both
 * 1-based), says what was expected and how to fix it.
 */
public final class CsvFormatException extends IOException {

    private final String source;
    private final long line;
    private final long column;
    private final String problem;

    /** A problem at {@code line:column} of {@code source}; {@code hint} says how to fix it. */
    public CsvFormatException(String source, long line, long column, String problem, String hint) {
        super(Objects.requireNonNull(source, "source") + ":" + line + ":" + column + ": "
                + Objects.requireNonNull(problem, "problem") + " (" + Objects.requireNonNull(hint, "hint") + ")");
        this.source = source;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** The file name (or other description) of the input. */
    public String source() {
        return source;
    }

    /** The 1-based line of the problem. */
    public long line() {
        return line;
    }

    /** The 1-based column (byte offset in the line plus one) of the problem. */
    public long column() {
        return column;
    }

    /** What is wrong, without location and hint. */
    public String problem() {
        return problem;
    }
}
