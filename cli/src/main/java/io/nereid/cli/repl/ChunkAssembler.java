package io.nereid.cli.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Cuts input lines into {@link Chunk}s: statements end at a top-level {@code ;} (several may share
 * a line, one may span many), and a line that starts with {@code :name} outside a statement is a
 * command of one line, except {@code :explain QUERY;}, which ends like a statement. Tracks line
 * and column of every chunk.
 */
final class ChunkAssembler {
    private static final Pattern COMMAND_LINE = Pattern.compile("^\\s*:[A-Za-z?].*", Pattern.DOTALL);
    private static final Pattern EXPLAIN_LINE = Pattern.compile("^\\s*:explain\\b.*", Pattern.DOTALL);

    private final String sourceName;
    private final StringBuilder buffer = new StringBuilder();
    private int bufferLine;
    private int bufferColumn;
    private int lines;

    ChunkAssembler(String sourceName) {
        this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
    }

    /** Adds one line (without its terminator); returns the chunks it completes, in order. */
    List<Chunk> addLine(String line) {
        Objects.requireNonNull(line, "line");
        lines++;
        List<Chunk> out = new ArrayList<>();
        if (COMMAND_LINE.matcher(line).matches()) {
            finish().ifPresent(out::add); // a statement left without its ';' is reported first
            if (!EXPLAIN_LINE.matcher(line).matches()) {
                out.add(new Chunk(line, sourceName, lines, 1));
                return out;
            }
        }
        if (buffer.length() == 0) {
            bufferLine = lines;
            bufferColumn = 1;
        }
        buffer.append(line).append('\n');
        StatementScanner scan = StatementScanner.scan(buffer.toString());
        int cut = 0;
        for (int end : scan.ends()) {
            out.add(take(end - cut));
            rebase(end - cut);
            cut = end;
        }
        dropIfBlank();
        return out;
    }

    /** The unfinished statement at the end of the input, if any (it lacks its {@code ;}). */
    Optional<Chunk> finish() {
        if (buffer.length() == 0 || StatementScanner.scan(buffer.toString()).isBlank()) {
            buffer.setLength(0);
            return Optional.empty();
        }
        Chunk chunk = take(buffer.length() - 1);
        buffer.setLength(0);
        return Optional.of(chunk);
    }

    /** Whether a statement or command is open: the next line continues it. */
    boolean isPending() {
        return buffer.length() > 0;
    }

    private Chunk take(int end) {
        return new Chunk(buffer.substring(0, end), sourceName, bufferLine, bufferColumn);
    }

    /** Drops the first {@code end} characters, moving the buffer's start position past them. */
    private void rebase(int end) {
        for (int i = 0; i < end; i++) {
            if (buffer.charAt(i) == '\n') {
                bufferLine++;
                bufferColumn = 1;
            } else {
                bufferColumn++;
            }
        }
        buffer.delete(0, end);
    }

    private void dropIfBlank() {
        if (buffer.length() > 0 && StatementScanner.scan(buffer.toString()).isBlank()) {
            buffer.setLength(0);
        }
    }
}
