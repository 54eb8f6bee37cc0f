package io.nereid.compiler.parse;

import io.nereid.compiler.diag.Diagnostic;
import io.nereid.compiler.diag.SourceFile;
import io.nereid.compiler.diag.SourceLocation;
import io.nereid.grammar.NqParser;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATNConfig;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * ANTLR's default recovery (so that every syntax error of a file is found in one run), with NQ's
 * own messages: {@code unexpected 'form'; expected one of ...}, {@code missing ';'},
 * {@code unterminated string literal}, each with a location and a hint where one helps.
 */
final class SyntaxErrorStrategy extends DefaultErrorStrategy {
    private static final String UNTERMINATED_STRING = "unterminated string literal";

    private final SourceFile file;
    private final List<Diagnostic> diagnostics;
    private TokenStream stream;
    /** Errors at tokens up to this index are cascades of one already reported. */
    private int suppressThrough = -1;

    SyntaxErrorStrategy(SourceFile file, List<Diagnostic> diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    @Override
    public void reportError(Parser recognizer, org.antlr.v4.runtime.RecognitionException e) {
        stream = recognizer.getTokenStream();
        super.reportError(recognizer, e);
    }

    @Override
    protected void reportNoViableAlternative(Parser parser, NoViableAltException e) {
        Token offending = e.getOffendingToken();
        IntervalSet expected = e.getStartToken() == offending ? e.getExpectedTokens() : deadEndTokens(parser, e);
        unexpected(parser, offending, expected);
    }

    /**
     * What the prediction could still have accepted where it got stuck: the tokens that follow the
     * ATN states of its last live configurations; null when that is not known.
     */
    private static IntervalSet deadEndTokens(Parser parser, NoViableAltException e) {
        if (e.getDeadEndConfigs() == null) {
            return null;
        }
        IntervalSet tokens = new IntervalSet();
        for (ATNConfig config : e.getDeadEndConfigs()) {
            tokens.addAll(parser.getATN().nextTokens(config.state));
        }
        tokens.remove(Token.EPSILON);
        return tokens.isNil() ? null : tokens;
    }

    @Override
    protected void reportInputMismatch(Parser parser, InputMismatchException e) {
        unexpected(parser, e.getOffendingToken(), e.getExpectedTokens());
    }

    @Override
    protected void reportFailedPredicate(Parser parser, FailedPredicateException e) {
        unexpected(parser, e.getOffendingToken(), null);
    }

    @Override
    protected void reportUnwantedToken(Parser parser) {
        stream = parser.getTokenStream();
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        beginErrorCondition(parser);
        unexpected(parser, parser.getCurrentToken(), getExpectedTokens(parser));
    }

    @Override
    protected void reportMissingToken(Parser parser) {
        stream = parser.getTokenStream();
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        beginErrorCondition(parser);
        Token current = parser.getCurrentToken();
        if (suppressed(current) || lexicalError(current)) {
            return;
        }
        String missing = ExpectedTokens.describe(getExpectedTokens(parser), parser.getVocabulary());
        Token previous = parser.getTokenStream().LT(-1);
        if (previous != null && previous.getType() != Token.EOF && previous.getLine() < current.getLine()) {
            Optional<String> hint = missing.equals("';'") ? Optional.of("end each statement with ';'")
                    : SyntaxHints.contextHint(parser.getContext());
            add(after(previous), "missing " + missing + " after " + display(previous), hint);
        } else {
            add(location(current), "missing " + missing + " before " + display(current),
                    missing.equals("';'") ? Optional.of("end each statement with ';'")
                            : SyntaxHints.contextHint(parser.getContext()));
        }
    }

    /**
     * Reports an unexpected token. Later errors in the rest of the same statement are not reported:
     * after resynchronizing, they are usually cascades of this one.
     */
    private void unexpected(Parser parser, Token offending, IntervalSet expected) {
        if (suppressed(offending)) {
            return;
        }
        suppressThrough = endOfStatement(offending);
        if (lexicalError(offending)) {
            return;
        }
        Token previous = parser.getTokenStream().LT(-1);
        if (expected != null && expected.contains(NqParser.SEMI) && previous != null
                && previous.getType() != Token.EOF && previous.getLine() < offending.getLine()) {
            add(after(previous), "missing ';' after " + display(previous), Optional.of("end each statement with ';'"));
            return;
        }
        String message = "unexpected " + display(offending);
        if (expected != null && !expected.isNil()) {
            message += "; expected " + ExpectedTokens.describe(expected, parser.getVocabulary());
        }
        Optional<String> hint = SyntaxHints.hint(offending, previous, expected, parser.getVocabulary());
        if (hint.isEmpty()) {
            hint = SyntaxHints.missingArrowHint(offending, previous, parser.getTokenStream().LT(-2), expected);
        }
        if (hint.isEmpty()) {
            hint = SyntaxHints.clauseHint(offending, parser.getContext());
        }
        if (hint.isEmpty()) {
            hint = SyntaxHints.previousTokenHint(previous, parser.getVocabulary());
        }
        if (hint.isEmpty() && offending.getType() == Token.EOF) {
            hint = unclosedBracket(parser);
        }
        if (hint.isEmpty()) {
            hint = SyntaxHints.contextHint(parser.getContext());
        }
        add(location(offending), message, hint);
    }

    private boolean suppressed(Token token) {
        return token.getTokenIndex() >= 0 && token.getTokenIndex() <= suppressThrough;
    }

    /** The index of the ';' that ends the statement around {@code token} (brackets balanced), or of the end. */
    private int endOfStatement(Token token) {
        if (stream == null || token.getTokenIndex() < 0) {
            return -1;
        }
        int depth = 0;
        for (int i = token.getTokenIndex(); i < stream.size(); i++) {
            int type = stream.get(i).getType();
            if (type == NqParser.LPAREN || type == NqParser.LBRACE) {
                depth++;
            } else if (type == NqParser.RPAREN || type == NqParser.RBRACE) {
                depth = Math.max(0, depth - 1);
            } else if ((type == NqParser.SEMI && depth == 0) || type == Token.EOF) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** Whether the token is the rest of a string literal that was broken by a line end on the line before. */
    private boolean closesStringOfPreviousLine(Token token) {
        if (diagnostics.isEmpty()) {
            return false;
        }
        Diagnostic last = diagnostics.get(diagnostics.size() - 1);
        return last.message().equals(UNTERMINATED_STRING) && last.location().line() == token.getLine() - 1;
    }

    /** Reports tokens the lexer marked as errors; true when the token was one. */
    private boolean lexicalError(Token token) {
        switch (token.getType()) {
            case NqParser.UNTERMINATED_STRING -> {
                if (!closesStringOfPreviousLine(token)) {
                    add(location(token), UNTERMINATED_STRING, Optional.of("close the string with \" on the same line"));
                }
            }
            case NqParser.UNTERMINATED_COMMENT -> add(location(token), "unterminated comment",
                    Optional.of("close the comment with */"));
            case NqParser.ERROR_CHARACTER -> add(location(token), "unexpected character " + display(token),
                    SyntaxHints.characterHint(token.getText()));
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Adds a diagnostic unless one was already reported on the same line (that would be a cascade). */
    private void add(SourceLocation at, String message, Optional<String> hint) {
        for (Diagnostic d : diagnostics) {
            if (d.location().line() == at.line()) {
                return;
            }
        }
        diagnostics.add(new Diagnostic(at, message, hint));
    }

    private Token lastTokenBefore(Token eof) {
        if (!(eof.getInputStream() != null && eof.getTokenIndex() > 0 && stream != null)) {
            return null;
        }
        for (int i = eof.getTokenIndex() - 1; i >= 0; i--) {
            Token t = stream.get(i);
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                return t;
            }
        }
        return null;
    }

    private SourceLocation after(Token token) {
        String text = token.getText();
        return file.locationOfCodePoint(token.getLine(),
                token.getCharPositionInLine() + text.codePointCount(0, text.length()));
    }

    /** The innermost bracket that is still open at the end of the file, as a hint. */
    private static Optional<String> unclosedBracket(Parser parser) {
        java.util.ArrayDeque<Token> open = new java.util.ArrayDeque<>();
        TokenStream tokens = parser.getTokenStream();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            switch (t.getType()) {
                case NqParser.LPAREN, NqParser.LBRACE -> open.push(t);
                case NqParser.RPAREN, NqParser.RBRACE -> {
                    if (!open.isEmpty()) {
                        open.pop();
                    }
                }
                default -> {
                }
            }
        }
        if (open.isEmpty()) {
            return Optional.empty();
        }
        Token t = open.peek();
        return Optional.of("the '" + t.getText() + "' at " + t.getLine() + ":" + (t.getCharPositionInLine() + 1)
                + " is never closed");
    }

    /** Where a token is; the end of the file is placed right after the last token before it. */
    private SourceLocation location(Token token) {
        if (token.getType() == Token.EOF && token.getTokenSource() != null) {
            Token last = lastTokenBefore(token);
            if (last != null) {
                return after(last);
            }
        }
        return file.locationOfCodePoint(Math.max(1, token.getLine()), token.getCharPositionInLine());
    }

    static String display(Token token) {
        if (token.getType() == Token.EOF) {
            return "end of file";
        }
        String text = token.getText();
        if (text.length() > 24) {
            text = text.substring(0, 21) + "...";
        }
        return "'" + text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "'";
    }
}
