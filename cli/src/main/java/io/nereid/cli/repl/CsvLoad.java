package io.nereid.cli.repl;

import io.nereid.operators.BadRowPolicy;
import io.nereid.operators.CsvRowException;
import io.nereid.operators.CsvSource;
import io.nereid.operators.RelationInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads a CSV file into memory as the rows of an input ({@link StoredRelation}), parsing and
 * checking each row once, with a progress bar over an estimate of the file's row count. A bad row
 * becomes a {@link BadRowError} that shows the row with a caret under the bad field.
 */
final class CsvLoad {
    private static final int SAMPLE_BYTES = 1 << 16;
    private static final Pattern LOCATED = Pattern.compile("(?s)(.*):(\\d+):(\\d+): (.*)");

    private CsvLoad() {
    }

    /** A row of the file does not fit the input's columns; the message shows the row and a caret. */
    static final class BadRowError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRowError(String message) {
            super(message);
        }
    }

    /** What a load read: the rows, and how many bad rows it skipped ({@link BadRowPolicy#SKIP}). */
    record Loaded(StoredRelation rows, long skipped) {}

    /**
     * Reads {@code file} as the rows of {@code relation}; {@code progress} counts the rows read;
     * {@code name} is the file as the user named it, for messages.
     */
    static Loaded load(Path file, String name, RelationInfo relation, BadRowPolicy policy, AtomicLong progress)
            throws IOException {
        Objects.requireNonNull(file, "file");
        CsvSource source = CsvSource.open(file, relation, policy);
        try {
            StoredRelation rows = StoredRelation.read(relation, source, name, progress);
            return new Loaded(rows, source.skippedRows());
        } catch (CsvRowException e) {
            String message = e.getMessage();
            if (message.startsWith(file + ":")) {
                message = name + message.substring(file.toString().length());
            }
            throw new BadRowError(show(message, file));
        }
    }

    /** An estimate of the rows in {@code file}, from the line length of its first bytes; -1 if unknown. */
    static long estimateRows(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] sample = in.readNBytes(SAMPLE_BYTES);
            long lines = 0;
            for (byte b : sample) {
                if (b == '\n') {
                    lines++;
                }
            }
            long size = Files.size(file);
            if (sample.length == size) {
                return Math.max(0, lines + (sample.length > 0 && sample[sample.length - 1] != '\n' ? 1 : 0) - 1);
            }
            return lines == 0 ? -1 : size * lines / sample.length;
        } catch (IOException e) {
            return -1;
        }
    }

    /** {@code file:line:col: problem}, then the row and a caret under the column, when the row can be read. */
    static String show(String message, Path file) {
        Matcher m = LOCATED.matcher(message);
        if (!m.matches()) {
            return message;
        }
        Optional<String> row = line(file, Long.parseLong(m.group(2)));
        int column = Integer.parseInt(m.group(3));
        if (row.isEmpty() || column > row.get().length() + 1) {
            return m.group(1) + ":" + m.group(2) + ":" + column + ": error: " + m.group(4);
        }
        return m.group(1) + ":" + m.group(2) + ":" + column + ": error: " + m.group(4) + "\n" + row.get() + "\n"
                + " ".repeat(column - 1) + "^";
    }

    private static Optional<String> line(Path file, long line) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.skip(line - 1).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
