package io.nereid.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads SQL scripts from the class path and cuts them into statements. */
final class DuckDbSql {

    private DuckDbSql() {
    }

    /** The statements of the script resource {@code name}, split at semicolons, comments removed. */
    static List<String> statements(String name) {
        List<String> statements = new ArrayList<>();
        for (String part : script(name).split(";")) {
            if (!part.isBlank()) {
                statements.add(part.strip());
            }
        }
        return List.copyOf(statements);
    }

    /** The text of the script resource {@code name}, comment lines removed. */
    static String script(String name) {
        try (InputStream in = DuckDbSql.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " (is the bench jar complete?)");
            }
            return withoutComments(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    /** {@code sql} without {@code --} comment lines and surrounding blank space. */
    static String withoutComments(String sql) {
        StringBuilder kept = new StringBuilder();
        for (String line : sql.split("\n", -1)) {
            if (!line.strip().startsWith("--")) {
                kept.append(line).append('\n');
            }
        }
        return kept.toString().strip();
    }
}
