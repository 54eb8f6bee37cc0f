package io.nereid.cli.repl;

import io.nereid.compiler.diag.SourceFile;
import io.nereid.compiler.diag.SourceLocation;
import java.util.Objects;

/**
 * One piece of REPL input as the user typed it: a statement (up to and including its {@code ;})
 * or a {@code :command}, with where it starts in the input (1-based line and column of its first
 * character), so that messages name the line the user typed.
 */
record Chunk(String text, String sourceName, int line, int column) {

    Chunk {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sourceName, "sourceName");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
    }

    /** Whether this is a {@code :command}. */
    boolean isCommand() {
        return text.stripLeading().startsWith(":");
    }

    /**
     * The chunk as a source file whose lines and columns are those of the input: the text is
     * preceded by {@code line - 1} empty lines and {@code column - 1} blanks.
     */
    SourceFile source() {
        return SourceFile.of(sourceName, prefix() + text);
    }

    /** The same with {@code wrapper} in front of the text on its first line (columns then shift). */
    SourceFile wrapped(String wrapper, String trailer) {
        return SourceFile.of(sourceName, prefix() + wrapper + text + trailer);
    }

    /** The offset of the first character that is not blank (the text's length if none). */
    int start() {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The location of the character at {@code offset} of the text, in {@link #source()}. */
    SourceLocation locationOf(int offset) {
        return source().locationOf(line - 1 + column - 1 + offset);
    }

    /** The text from {@code offset} on, as a chunk that starts where that text starts. */
    Chunk from(int offset) {
        SourceLocation at = locationOf(offset);
        return new Chunk(text.substring(offset), sourceName, at.line(), at.column());
    }

    private String prefix() {
        return "\n".repeat(line - 1) + " ".repeat(column - 1);
    }
}
