package io.nereid.compiler.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.compiler.diag.Diagnostic;
import io.nereid.compiler.diag.NqCompileException;
import io.nereid.compiler.diag.SourceFile;
import io.nereid.grammar.NqLexer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * The parser never fails with anything but {@link NqCompileException}, whose diagnostics point
 * into the file: neither on random token soup nor on corpus programs with tokens deleted,
 * inserted, swapped or replaced.
 */
class ParserRobustnessTest {
    private static final List<String> VOCABULARY = List.of(
            "import", "java", "as", "input", "param", "let", "output", "to", "from", "in", "where", "select",
            "left", "join", "on", "equals", "group", "by", "into", "having", "orderby", "ascending", "descending",
            "take", "iterate", "times", "until", "fixpoint", "if", "then", "else", "case", "when", "end", "cast",
            "exists", "not", "and", "or", "true", "false", "bool", "int", "long", "double", "string", "date",
            "=>", "==", "!=", "<=", ">=", "<", ">", "=", "+", "-", "*", "/", "%", "&&", "||", "!", "(", ")",
            "{", "}", ",", ";", ":", ".", "x", "edges", "g", "key", "count", "0", "42L", "1.5", "2e10",
            "99999999999999999999", "\"s\"", "\"2024-01-01\"", "\"bad\\q\"", "\"open", "/*", "*/", "//", "#",
            "'", "&", "|", "[", "]", "\n", "\t", "é", "\u0000");
    private static final List<Path> CORPUS = Corpus.programs();

    @Provide
    Arbitrary<String> tokenSoup() {
        return Arbitraries.of(VOCABULARY).list().ofMaxSize(80).map(tokens -> String.join(" ", tokens));
    }

    @Property(tries = 400)
    void randomTokenSequencesOnlyEverGiveCompileErrors(@ForAll("tokenSoup") String program) {
        parseExpectingOnlyCompileErrors(program);
    }

    @Property(tries = 400)
    void mutatedCorpusProgramsOnlyEverGiveCompileErrors(@ForAll @IntRange(min = 0, max = 10_000) int pick,
                                                         @ForAll long seed,
                                                         @ForAll @IntRange(min = 1, max = 6) int edits) {
        SourceFile original = Corpus.source(CORPUS.get(pick % CORPUS.size()));
        List<String> tokens = tokens(original.text());
        Random random = new Random(seed);
        for (int i = 0; i < edits && !tokens.isEmpty(); i++) {
            int at = random.nextInt(tokens.size());
            switch (random.nextInt(4)) {
                case 0 -> tokens.remove(at);
                case 1 -> tokens.add(at, VOCABULARY.get(random.nextInt(VOCABULARY.size())));
                case 2 -> {
                    int other = random.nextInt(tokens.size());
                    String t = tokens.get(at);
                    tokens.set(at, tokens.get(other));
                    tokens.set(other, t);
                }
                default -> tokens.set(at, VOCABULARY.get(random.nextInt(VOCABULARY.size())));
            }
        }
        parseExpectingOnlyCompileErrors(String.join(" ", tokens));
    }

    private static void parseExpectingOnlyCompileErrors(String text) {
        SourceFile file = SourceFile.of("fuzz.nq", text);
        try {
            NqParser.parse(file);
        } catch (NqCompileException e) {
            assertThat(e.diagnostics()).isNotEmpty();
            for (Diagnostic d : e.diagnostics()) {
                assertThat(d.location().line()).isBetween(1, file.lineCount());
                assertThat(d.message()).isNotBlank();
            }
            assertThat(e.getMessage()).contains("fuzz.nq:");
        }
    }

    private static List<String> tokens(String text) {
        NqLexer lexer = new NqLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        List<String> tokens = new ArrayList<>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                tokens.add(t.getText());
            }
        }
        return tokens;
    }
}
