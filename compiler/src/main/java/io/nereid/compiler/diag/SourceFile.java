package io.nereid.compiler.diag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * The text of one NQ source file together with the name used in messages ({@code pagerank.nq},
 * {@code <repl>}). Answers line/column questions: which 1-based line and column an offset is on, and
 * what the text of a line is, so that diagnostics can show the offending line with a caret.
 */
public final class SourceFile {
    private final String name;
    private final String text;
    private final int[] lineStarts;

    public SourceFile(String name, String text) {
        this.name = Objects.requireNonNull(name, "name");
        this.text = Objects.requireNonNull(text, "text");
        this.lineStarts = computeLineStarts(text);
    }

    /** Reads a UTF-8 file; the message name is the path as given. */
    public static SourceFile read(Path path) throws IOException {
        Objects.requireNonNull(path, "path");
        return new SourceFile(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
    }

    /** A source with the given name and text (for tests, the REPL and generated programs). */
    public static SourceFile of(String name, String text) {
        return new SourceFile(name, text);
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    /** Number of lines; a file that ends with a newline has an empty last line. */
    public int lineCount() {
        return lineStarts.length;
    }

    /** The location of a 0-based character offset (offsets past the end map to the end). */
    public SourceLocation locationOf(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int idx = Arrays.binarySearch(lineStarts, clamped);
        int line = idx >= 0 ? idx : -idx - 2;
        return new SourceLocation(this, line + 1, clamped - lineStarts[line] + 1);
    }

    /** The location of a 1-based line and column. */
    public SourceLocation location(int line, int column) {
        return new SourceLocation(this, line, column);
    }

    /**
     * The location of a 1-based line and a 0-based position counted in code points (as ANTLR counts
     * them); differs from {@link #location} only on lines with characters outside the BMP.
     */
    public SourceLocation locationOfCodePoint(int line, int codePointPosition) {
        String text = line(line);
        int cp = Math.max(0, codePointPosition);
        int available = text.codePointCount(0, text.length());
        int column = cp <= available ? text.offsetByCodePoints(0, cp) : text.length() + (cp - available);
        return new SourceLocation(this, Math.max(1, line), column + 1);
    }

    /** The text of a 1-based line without its line terminator; empty for lines out of range. */
    public String line(int line) {
        if (line < 1 || line > lineStarts.length) {
            return "";
        }
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }

    private static int[] computeLineStarts(String text) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean newline = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (newline) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    /** Two sources are equal when name and text are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof SourceFile other && name.equals(other.name) && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + text.hashCode();
    }

    @Override
    public String toString() {
        return "SourceFile[" + name + "]";
    }
}
