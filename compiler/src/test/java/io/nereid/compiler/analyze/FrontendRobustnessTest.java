package io.nereid.compiler.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.compiler.Frontend;
import io.nereid.compiler.diag.Diagnostic;
import io.nereid.compiler.diag.NqCompileException;
import io.nereid.compiler.diag.SourceFile;
import io.nereid.compiler.parse.Corpus;
import io.nereid.grammar.NqLexer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * Programs that still parse but mean something else (names swapped, misspelt, replaced by
 * literals or by other names of the program; literals and operators changed) never make the analyzer or the optimizer throw
 * anything but a located compile error.
 */
class FrontendRobustnessTest {
    private static final List<Path> CORPUS = Corpus.programs();
    private static final List<String> REPLACEMENTS = List.of("zz", "key", "g", "count", "sum", "min", "split", "coalesce",
            "0", "1.5", "\"s\"", "true", "edges", "value");

    @Property(tries = 300)
    void renamedIdentifiersOnlyEverGiveCompileErrors(@ForAll @IntRange(min = 0, max = 10_000) int pick,
                                                    @ForAll long seed,
                                                    @ForAll @IntRange(min = 1, max = 4) int edits) {
        SourceFile original = Corpus.source(CORPUS.get(pick % CORPUS.size()));
        List<Token> tokens = tokens(original.text());
        List<String> texts = new ArrayList<>(tokens.stream().map(Token::getText).toList());
        List<Integer> identifiers = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).getType() == NqLexer.IDENTIFIER) {
                identifiers.add(i);
            }
        }
        Random random = new Random(seed);
        for (int i = 0; i < edits && !identifiers.isEmpty(); i++) {
            int at = identifiers.get(random.nextInt(identifiers.size()));
            String replacement = random.nextBoolean()
                    ? texts.get(identifiers.get(random.nextInt(identifiers.size())))
                    : REPLACEMENTS.get(random.nextInt(REPLACEMENTS.size()));
            texts.set(at, replacement);
        }
        compileExpectingOnlyCompileErrors(String.join(" ", texts));
    }

    private static final List<String> OPERANDS = List.of("0", "7L", "2.5", "\"x\"", "true", "date \"2020-01-01\"");
    private static final List<String> OPERATORS = List.of("+", "-", "*", "/", "%", "==", "!=", "<", ">=", "and", "or");

    @Property(tries = 300)
    void changedLiteralsAndOperatorsOnlyEverGiveCompileErrors(@ForAll @IntRange(min = 0, max = 10_000) int pick,
                                                             @ForAll long seed,
                                                             @ForAll @IntRange(min = 1, max = 4) int edits) {
        SourceFile original = Corpus.source(CORPUS.get(pick % CORPUS.size()));
        List<Token> tokens = tokens(original.text());
        List<String> texts = new ArrayList<>(tokens.stream().map(Token::getText).toList());
        Random random = new Random(seed);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(texts.size());
            String t = texts.get(at);
            if (OPERATORS.contains(t)) {
                texts.set(at, OPERATORS.get(random.nextInt(OPERATORS.size())));
            } else if (!t.isEmpty() && (Character.isDigit(t.charAt(0)) || t.startsWith("\"") || t.equals("true")
                    || t.equals("false"))) {
                texts.set(at, OPERANDS.get(random.nextInt(OPERANDS.size())));
            }
        }
        compileExpectingOnlyCompileErrors(String.join(" ", texts));
    }

    private static void compileExpectingOnlyCompileErrors(String text) {
        SourceFile file = SourceFile.of("fuzz.nq", text);
        try {
            Frontend.compile(file);
        } catch (NqCompileException e) {
            for (Diagnostic d : e.diagnostics()) {
                assertThat(d.location().line()).isBetween(1, file.lineCount());
                assertThat(d.message()).isNotBlank();
            }
        }
    }

    private static List<Token> tokens(String text) {
        NqLexer lexer = new NqLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        List<Token> out = new ArrayList<>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                out.add(t);
            }
        }
        return out;
    }
}
