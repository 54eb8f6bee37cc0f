package io.nereid.compiler.parse;

import io.nereid.compiler.ast.Program;
import io.nereid.compiler.diag.Diagnostic;
import io.nereid.compiler.diag.NqCompileException;
import io.nereid.compiler.diag.SourceFile;
import io.nereid.grammar.NqLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The one way into the NQ parser: source text in, {@link Program} out, or an
 * {@link NqCompileException} that lists every syntax error of the file.
 *
 * <p>Parses in two stages for speed: first with SLL prediction and bail-out on the first error
 * (enough for nearly all correct programs), then, only if that fails, again with full LL
 * prediction and error recovery, which finds the true errors and reports all of them.
 */
public final class NqParser {
    private NqParser() {
    }

    /** Parses a whole program. */
    public static Program parse(SourceFile file) {
        Objects.requireNonNull(file, "file");
        try {
            return parseTwoStage(file);
        } catch (StackOverflowError e) {
            throw new NqCompileException(Diagnostic.error(file.location(1, 1),
                    "the program is nested too deeply to parse",
                    "split deeply nested expressions into several let bindings"));
        }
    }

    private static Program parseTwoStage(SourceFile file) {
        CommonTokenStream tokens = new CommonTokenStream(lexer(file));
        io.nereid.grammar.NqParser parser = new io.nereid.grammar.NqParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        io.nereid.grammar.NqParser.ProgramContext tree;
        List<Diagnostic> diagnostics = new ArrayList<>();
        try {
            tree = parser.program();
        } catch (ParseCancellationException sllFailed) {
            tokens.seek(0);
            tokens.fill();
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new SyntaxErrorStrategy(file, diagnostics));
            tree = parser.program();
            if (!diagnostics.isEmpty()) {
                throw new NqCompileException(diagnostics);
            }
        }
        Program program = new AstBuilder(file, diagnostics).program(tree);
        if (!diagnostics.isEmpty()) {
            diagnostics.sort((a, b) -> a.location().compareTo(b.location()));
            throw new NqCompileException(diagnostics);
        }
        return program;
    }

    /**
     * Whether the fast SLL stage alone fails on this file (a syntax error, or one of the rare inputs
     * that need full LL prediction). For tests that keep the grammar SLL-friendly.
     */
    static boolean needsFullLl(SourceFile file) {
        io.nereid.grammar.NqParser parser = new io.nereid.grammar.NqParser(new CommonTokenStream(lexer(file)));
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            parser.program();
            return false;
        } catch (ParseCancellationException e) {
            return true;
        }
    }

    /** Parses a program given as text, named {@code name} in messages. */
    public static Program parse(String name, String text) {
        return parse(SourceFile.of(name, text));
    }

    private static NqLexer lexer(SourceFile file) {
        NqLexer lexer = new NqLexer(CharStreams.fromString(file.text(), file.name()));
        lexer.removeErrorListeners();
        return lexer;
    }
}
