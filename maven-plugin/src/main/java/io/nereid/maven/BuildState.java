package io.nereid.maven;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What the last build generated, kept between builds so that unchanged programs are not compiled
 * again: for every {@code .nq} file (path relative to the source directory), the fingerprint it
 * was compiled with (its text, its names and the generator's code) and the Java files it produced
 * (relative to the output directory). A file is up to date when its fingerprint is the same and
 * all its Java files still exist. Stored as a properties file; a missing or unreadable one means
 * "nothing is up to date".
 */
final class BuildState {
    /** One program's entry. */
    record Entry(String fingerprint, List<String> outputs) {
        Entry {
            Objects.requireNonNull(fingerprint, "fingerprint");
            outputs = List.copyOf(outputs);
        }
    }

    private final Map<String, Entry> entries;

    private BuildState(Map<String, Entry> entries) {
        this.entries = entries;
    }

    static BuildState empty() {
        return new BuildState(new TreeMap<>());
    }

    /** Reads the state at {@code file}; empty when there is none or it cannot be read. */
    static BuildState load(Path file) {
        BuildState state = empty();
        if (!Files.isRegularFile(file)) {
            return state;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            return state;
        }
        for (String key : p.stringPropertyNames()) {
            String[] parts = p.getProperty(key).split("\\|", -1);
            if (parts.length == 2) {
                List<String> outputs = parts[1].isEmpty() ? List.of() : Arrays.asList(parts[1].split(","));
                state.entries.put(key, new Entry(parts[0], outputs));
            }
        }
        return state;
    }

    void save(Path file) throws IOException {
        Properties p = new Properties();
        entries.forEach((k, e) -> p.setProperty(k, e.fingerprint() + "|" + String.join(",", e.outputs())));
        Files.createDirectories(file.getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(w, "nereid-maven-plugin: what each .nq file generated (delete to regenerate everything)");
        }
    }

    /** Whether {@code program} was compiled with {@code fingerprint} and its files are all in {@code outputDir}. */
    boolean isUpToDate(String program, String fingerprint, Path outputDir) {
        Entry e = entries.get(program);
        return e != null && e.fingerprint().equals(fingerprint)
                && e.outputs().stream().allMatch(o -> Files.isRegularFile(outputDir.resolve(o)));
    }

    void put(String program, Entry entry) {
        entries.put(Objects.requireNonNull(program, "program"), Objects.requireNonNull(entry, "entry"));
    }

    void remove(String program) {
        entries.remove(program);
    }

    /** The programs recorded, in order. */
    List<String> programs() {
        return new ArrayList<>(entries.keySet());
    }

    Entry entry(String program) {
        return entries.get(program);
    }
}
