package io.nereid.cli.repl;

import io.nereid.compiler.types.AggregateFunction;
import io.nereid.compiler.types.BuiltinFunction;
import io.nereid.grammar.NqLexer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion for the REPL: command names at the start of a {@code :command} line, input names
 * and then file names after {@code :load}, declared names after {@code :schema}; elsewhere NQ
 * keywords, built-in functions, declared names, and after a dot ({@code e.}) field names (of the
 * relation before the dot when it is a declared one, else of every declared relation).
 */
final class NqCompleter implements Completer {
    private static final List<String> KEYWORDS = keywords();

    private final Workspace workspace;
    private final Path baseDir;

    NqCompleter(Workspace workspace, Path baseDir) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.baseDir = Objects.requireNonNull(baseDir, "baseDir");
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String word = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        if (NqLineParser.isCommand(line.line())) {
            String command = line.words().isEmpty() ? "" : line.words().get(0);
            if (line.wordIndex() == 0) {
                Commands.NAMES.forEach(n -> candidates.add(candidate(n, "command", true)));
                return;
            }
            switch (command) {
                case ":load" -> {
                    if (line.wordIndex() == 1) {
                        workspace.declarations().inputs().forEach(i -> candidates.add(candidate(i.name().name(), "input", true)));
                    } else if (line.wordIndex() == 2) {
                        files(word, candidates);
                    }
                    return;
                }
                case ":schema" -> {
                    workspace.declarations().names().forEach(n -> candidates.add(candidate(n, "name", true)));
                    return;
                }
                case ":explain" -> { } // a query: complete as below
                default -> {
                    return;
                }
            }
        }
        int dot = word.lastIndexOf('.');
        if (dot >= 0) {
            String before = word.substring(0, dot);
            String owner = before.substring(before.lastIndexOf('.') + 1);
            var fields = workspace.schema(owner).map(s -> (java.util.Collection<String>) s.names())
                    .orElseGet(workspace::fieldNames);
            fields.forEach(f -> candidates.add(candidate(before + "." + f, f, "field", true)));
            return;
        }
        KEYWORDS.forEach(k -> candidates.add(candidate(k, "keyword", true)));
        BuiltinFunction.names().forEach(f -> candidates.add(candidate(f, "function", true)));
        AggregateFunction.names().forEach(f -> candidates.add(candidate(f, "function", true)));
        workspace.declarations().names().forEach(n -> candidates.add(candidate(n, "name", true)));
        workspace.fieldNames().forEach(f -> candidates.add(candidate(f, "field", true)));
    }

    private void files(String word, List<Candidate> candidates) {
        int slash = word.lastIndexOf('/');
        String dirText = slash >= 0 ? word.substring(0, slash + 1) : "";
        Path dir = baseDir.resolve(dirText.isEmpty() ? "." : dirText);
        try (Stream<Path> entries = Files.list(dir)) {
            entries.forEach(p -> {
                String name = p.getFileName().toString();
                boolean isDir = Files.isDirectory(p);
                candidates.add(new Candidate(dirText + name + (isDir ? "/" : ""), name + (isDir ? "/" : ""), "file",
                        null, null, null, !isDir));
            });
        } catch (IOException | RuntimeException e) {
            // nothing to offer: not a directory, or unreadable
        }
    }

    private static Candidate candidate(String value, String group, boolean complete) {
        return candidate(value, value, group, complete);
    }

    private static Candidate candidate(String value, String display, String group, boolean complete) {
        return new Candidate(value, display, group, null, null, null, complete);
    }

    /** The NQ keywords, from the lexer's vocabulary. */
    static List<String> keywords() {
        TreeSet<String> words = new TreeSet<>();
        for (int t = 0; t <= NqLexer.VOCABULARY.getMaxTokenType(); t++) {
            String literal = NqLexer.VOCABULARY.getLiteralName(t);
            Optional.ofNullable(literal).map(l -> l.substring(1, l.length() - 1)).filter(l -> l.matches("[a-z]+"))
                    .ifPresent(words::add);
        }
        return new ArrayList<>(words);
    }
}
