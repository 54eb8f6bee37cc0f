package io.nereid.maven;

import com.palantir.javapoet.JavaFile;
import io.nereid.compiler.diag.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One run of the {@code compile} goal without Maven: finds the selected {@code .nq} files under the
 * source directory, compiles those that changed since the last build ({@link BuildState}) into Java
 * files under the output directory, deletes what programs that are gone (or now fail) had
 * generated, and reports what it did and every error found.
 */
final class NqBuild {
    /** What a run did: programs compiled, left as they were, removed; and the errors (the build fails if any). */
    record Report(List<String> compiled, List<String> upToDate, List<String> removed, List<BuildError> errors) {
        Report {
            compiled = List.copyOf(compiled);
            upToDate = List.copyOf(upToDate);
            removed = List.copyOf(removed);
            errors = List.copyOf(errors);
        }
    }

    /**
     * Where and what to build. {@code packagePrefix} may be empty; {@code params} (NAME to value)
     * set the defaults of the params of every program that declares them.
     */
    record Config(Path sourceDir, Path outputDir, Path stateFile, AntPatterns patterns, String packagePrefix,
            Map<String, String> params) {
        Config {
            Objects.requireNonNull(sourceDir, "sourceDir");
            Objects.requireNonNull(outputDir, "outputDir");
            Objects.requireNonNull(stateFile, "stateFile");
            Objects.requireNonNull(patterns, "patterns");
            packagePrefix = packagePrefix == null ? "" : packagePrefix.trim();
            params = Map.copyOf(params == null ? Map.of() : params);
        }

        /** Without params. */
        Config(Path sourceDir, Path outputDir, Path stateFile, AntPatterns patterns, String packagePrefix) {
            this(sourceDir, outputDir, stateFile, patterns, packagePrefix, Map.of());
        }
    }

    private final Config config;
    private final String generator;

    /** A build with {@code config}; {@code generator} is the fingerprint of the generating code ({@link Fingerprints#generator()}). */
    NqBuild(Config config, String generator) {
        this.config = Objects.requireNonNull(config, "config");
        this.generator = Objects.requireNonNull(generator, "generator");
    }

    /** The selected programs, as {@code /}-separated paths relative to the source directory, sorted. */
    List<String> programs() throws IOException {
        if (!Files.isDirectory(config.sourceDir())) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(config.sourceDir())) {
            return files.filter(Files::isRegularFile)
                    .map(p -> config.sourceDir().relativize(p).toString().replace('\\', '/'))
                    .filter(config.patterns()::matches)
                    .sorted().toList();
        }
    }

    Report run() throws IOException {
        List<String> programs = programs();
        BuildState state = BuildState.load(config.stateFile());
        List<String> compiled = new ArrayList<>();
        List<String> upToDate = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<BuildError> errors = new ArrayList<>();
        for (String old : state.programs()) {
            if (!programs.contains(old)) {
                delete(state.entry(old).outputs(), Set.of());
                state.remove(old);
                removed.add(old);
            }
        }
        Map<String, String> classes = new HashMap<>();
        for (String program : programs) {
            Path file = config.sourceDir().resolve(program);
            ProgramNames names = ProgramNames.of(program, config.packagePrefix());
            String clash = classes.putIfAbsent(names.qualifiedName().toLowerCase(java.util.Locale.ROOT), program);
            if (clash != null) {
                errors.add(new BuildError(file.toString(), 0, 0, "becomes class " + names.qualifiedName()
                        + ", as " + clash + " does (hint: rename one of them)"));
                continue;
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String fingerprint = Fingerprints.of(generator, names.toString(), new TreeMap<>(config.params()).toString(),
                    text);
            if (state.isUpToDate(program, fingerprint, config.outputDir())) {
                upToDate.add(program);
                continue;
            }
            BuildState.Entry before = state.entry(program);
            ProgramCompiler.Outcome outcome = ProgramCompiler.compile(new SourceFile(file.toString(), text), names, program,
                    config.params());
            if (!outcome.errors().isEmpty()) {
                errors.addAll(outcome.errors());
                if (before != null) {
                    delete(before.outputs(), Set.of());
                }
                state.remove(program);
                continue;
            }
            List<String> outputs = new ArrayList<>();
            for (JavaFile f : outcome.files()) {
                outputs.add(write(f));
            }
            if (before != null) {
                delete(before.outputs(), new HashSet<>(outputs));
            }
            state.put(program, new BuildState.Entry(fingerprint, outputs));
            compiled.add(program);
        }
        state.save(config.stateFile());
        return new Report(compiled, upToDate, removed, errors);
    }

    /** Writes a Java file under the output directory; returns its path relative to it. */
    private String write(JavaFile f) throws IOException {
        String relative = (f.packageName().isEmpty() ? "" : f.packageName().replace('.', '/') + "/")
                + f.typeSpec().name() + ".java";
        Path target = config.outputDir().resolve(relative);
        Files.createDirectories(target.getParent());
        Files.writeString(target, f.toString(), StandardCharsets.UTF_8);
        return relative;
    }

    private void delete(List<String> outputs, Set<String> keep) throws IOException {
        for (String o : outputs) {
            if (!keep.contains(o)) {
                Files.deleteIfExists(config.outputDir().resolve(o));
            }
        }
    }
}
