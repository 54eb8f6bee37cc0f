package io.nereid.cli.repl;

import io.nereid.grammar.NqLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * Finds where NQ statements end in text typed so far, with the NQ lexer (so that a {@code ;} in a
 * string or a comment does not count): a statement ends at a {@code ;} outside parentheses and
 * braces (the {@code ;} inside an {@code iterate} body do not end it). Tells the REPL whether a
 * buffer is complete or needs another line.
 *
 * @param ends offsets just past each top-level {@code ;}, in order
 * @param openComment whether the text ends inside a block comment
 * @param depth open parentheses and braces at the end of the text (never negative)
 * @param contentAfterLastEnd whether a token other than blanks and comments follows the last end
 * @param firstToken the type of the first token that is not a blank or a comment, or
 *     {@link Token#EOF} when there is none
 */
record StatementScanner(List<Integer> ends, boolean openComment, int depth, boolean contentAfterLastEnd,
        int firstToken) {

    StatementScanner {
        ends = List.copyOf(Objects.requireNonNull(ends, "ends"));
    }

    /** Scans {@code text}. */
    static StatementScanner scan(String text) {
        NqLexer lexer = new NqLexer(CharStreams.fromString(Objects.requireNonNull(text, "text")));
        lexer.removeErrorListeners();
        List<Integer> ends = new ArrayList<>();
        boolean openComment = false;
        int depth = 0;
        boolean content = false;
        int first = Token.EOF;
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            int type = t.getType();
            if (type == NqLexer.UNTERMINATED_COMMENT) {
                openComment = true;
                continue;
            }
            if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            if (first == Token.EOF) {
                first = type;
            }
            content = true;
            switch (type) {
                case NqLexer.LPAREN, NqLexer.LBRACE -> depth++;
                case NqLexer.RPAREN, NqLexer.RBRACE -> depth = Math.max(0, depth - 1);
                case NqLexer.SEMI -> {
                    if (depth == 0) {
                        ends.add(t.getStopIndex() + 1);
                        content = false;
                    }
                }
                default -> { }
            }
        }
        return new StatementScanner(ends, openComment, depth, content, first);
    }

    /** Whether the text holds nothing but blanks and comments. */
    boolean isBlank() {
        return firstToken == Token.EOF && !openComment;
    }

    /** Whether the text is one or more whole statements: it needs no further line. */
    boolean isComplete() {
        return !openComment && !contentAfterLastEnd && !ends.isEmpty() && depth == 0;
    }

    /** Whether the text ends a statement: its last token is a top-level {@code ;}. */
    boolean endsStatement() {
        return !ends.isEmpty() && !contentAfterLastEnd && !openComment;
    }
}
