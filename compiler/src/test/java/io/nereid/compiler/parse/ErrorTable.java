package io.nereid.compiler.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A table of bad programs and their exact messages, kept in one text file: a header of
 * {@code #} comment lines, then cases of {@code ### title}, the program, {@code ---}, and the
 * expected message. {@link #rewrite} writes the table back with new messages (blessing).
 */
public final class ErrorTable {
    /** One case of the table. */
    public record Case(String title, String program, String expected) {
        @Override
        public String toString() {
            return title;
        }
    }

    private ErrorTable() {
    }

    /** The table file {@code src/test/resources/errors/<name>}. */
    public static Path file(String name) {
        String basedir = System.getProperty("basedir", System.getProperty("user.dir"));
        return Path.of(basedir, "src", "test", "resources", "errors", name);
    }

    /** The cases of a table file. */
    public static List<Case> read(Path file) {
        List<String> lines = lines(file);
        List<Case> cases = new ArrayList<>();
        int i = 0;
        while (i < lines.size() && !lines.get(i).startsWith("### ")) {
            i++;
        }
        while (i < lines.size()) {
            String title = lines.get(i++).substring(4).trim();
            StringBuilder program = new StringBuilder();
            while (i < lines.size() && !lines.get(i).equals("---")) {
                program.append(lines.get(i++)).append('\n');
            }
            i++;
            StringBuilder expected = new StringBuilder();
            while (i < lines.size() && !lines.get(i).startsWith("### ")) {
                expected.append(lines.get(i++)).append('\n');
            }
            cases.add(new Case(title, program.toString(), expected.toString().strip()));
        }
        return cases;
    }

    /** Writes the table back with each expected message replaced by {@code actual.apply(case)}. */
    public static void rewrite(Path file, Function<Case, String> actual) {
        List<String> lines = lines(file);
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("### ")) {
                break;
            }
            out.append(line).append('\n');
        }
        for (Case c : read(file)) {
            out.append("### ").append(c.title()).append('\n').append(c.program()).append("---\n")
                    .append(actual.apply(c)).append("\n\n");
        }
        try {
            Files.writeString(file, out.toString().stripTrailing() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
