package io.nereid.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes a command's figures into {@code BENCHMARKS.md}: a section between two marker comments
 * (replaced on every run, appended at the end the first time) with the machine, the date, the
 * command, the RESULT lines as printed, and one table per kind of result (its keys as columns).
 */
final class BenchmarksMd {
    private BenchmarksMd() {}

    static String begin(String id) {
        return "<!-- " + id + ": begin (written by the command; edits inside are lost) -->";
    }

    static String end(String id) {
        return "<!-- " + id + ": end -->";
    }

    /** The section's text, markers included. */
    static String section(String id, String title, String machine, String date, String command,
            List<ResultLine> results, List<String> notes) {
        StringBuilder s = new StringBuilder();
        s.append(begin(id)).append("\n");
        s.append("## ").append(title).append("\n\n");
        s.append("Machine: ").append(machine).append(". Date: ").append(date).append(".\n\n");
        s.append("```\n$ ").append(command).append("\n");
        results.forEach(r -> s.append(r).append("\n"));
        s.append("```\n");
        for (String note : notes) {
            s.append("\n").append(note).append("\n");
        }
        for (Map.Entry<String, List<ResultLine>> group : byName(results).entrySet()) {
            s.append("\n").append(table(group.getKey(), group.getValue()));
        }
        s.append(end(id)).append("\n");
        return s.toString();
    }

    /** Replaces the section {@code id} of {@code file} with {@code section}, or appends it. */
    static void write(Path file, String id, String section) throws IOException {
        Objects.requireNonNull(file, "file");
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        int from = text.indexOf(begin(id));
        int to = text.indexOf(end(id));
        String updated;
        if (from >= 0 && to > from) {
            int after = text.indexOf('\n', to);
            updated = text.substring(0, from) + section + (after < 0 ? "" : text.substring(after + 1));
        } else {
            updated = text + (text.isEmpty() || text.endsWith("\n\n") ? "" : text.endsWith("\n") ? "\n" : "\n\n") + section;
        }
        Files.writeString(file, updated, StandardCharsets.UTF_8);
    }

    private static Map<String, List<ResultLine>> byName(List<ResultLine> results) {
        Map<String, List<ResultLine>> groups = new LinkedHashMap<>();
        for (ResultLine r : results) {
            groups.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r);
        }
        return groups;
    }

    /** A Markdown table of results of one name: one column per key that any of them has. */
    static String table(String name, List<ResultLine> results) {
        Set<String> keys = new LinkedHashSet<>();
        results.forEach(r -> r.fields().forEach(f -> keys.add(f.key())));
        StringBuilder s = new StringBuilder("| ").append(name).append(" | ");
        s.append(String.join(" | ", keys)).append(" |\n|");
        s.append(" --- |".repeat(keys.size() + 1)).append("\n");
        for (ResultLine r : results) {
            Map<String, String> values = new LinkedHashMap<>();
            r.fields().forEach(f -> values.put(f.key(), f.value()));
            s.append("| |");
            for (String k : keys) {
                s.append(' ').append(values.getOrDefault(k, "")).append(" |");
            }
            s.append("\n");
        }
        return s.toString();
    }
}
