package io.nereid.maven;

import java.util.Objects;

/**
 * One problem in one {@code .nq} file, as the build reports it: one line
 * {@code /abs/path/file.nq:3:9: message (hint: ...)} that IDEs and terminals link to the place.
 * Problems without a place in the file (line 0) print as {@code file: message}.
 */
public record BuildError(String file, int line, int column, String message) {
    public BuildError {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** The line Maven logs as {@code [ERROR] ...}. */
    public String format() {
        String oneLine = message.strip().replaceAll("\\s*\\R\\s*", " ");
        return line > 0 ? file + ":" + line + ":" + column + ": " + oneLine : file + ": " + oneLine;
    }
}
