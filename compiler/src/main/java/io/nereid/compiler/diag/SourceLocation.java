package io.nereid.compiler.diag;

import java.util.Objects;

/**
 * A point in an NQ source: the file and a 1-based line and column (columns count characters, a tab
 * is one column). Prints as {@code file:line:col}, the form every message starts with.
 */
public record SourceLocation(SourceFile file, int line, int column) implements Comparable<SourceLocation> {

    public SourceLocation {
        Objects.requireNonNull(file, "file");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
    }

    /** The text of this location's line, for carets. */
    public String lineText() {
        return file.line(line);
    }

    /** {@code file:line:col}. */
    public String display() {
        return file.name() + ":" + line + ":" + column;
    }

    /** Orders by file name, then line, then column. */
    @Override
    public int compareTo(SourceLocation o) {
        int c = file.name().compareTo(o.file.name());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return display();
    }
}
