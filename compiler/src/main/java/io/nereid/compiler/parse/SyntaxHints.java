package io.nereid.compiler.parse;

import io.nereid.compiler.diag.EditDistance;
import io.nereid.grammar.NqLexer;
import io.nereid.grammar.NqParser;
import java.util.Locale;
import java.util.Optional;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Fix suggestions for syntax errors, from the offending token and what was expected: misspelled
 * or capitalized keywords, {@code =} for {@code ==}, {@code order by} for {@code orderby},
 * single quotes, a query without {@code select}.
 */
final class SyntaxHints {
    private SyntaxHints() {
    }

    static Optional<String> hint(Token offending, Token previous, IntervalSet expected, Vocabulary vocabulary) {
        String text = offending.getText();
        int type = offending.getType();
        if (type == NqParser.IDENTIFIER) {
            String keyword = keywordText(text.toLowerCase(Locale.ROOT), vocabulary);
            if (keyword != null && !keyword.equals(text)) {
                return Optional.of("keywords are lowercase: write '" + keyword + "'");
            }
            if (text.equals("order") && expected != null && expected.contains(NqParser.SELECT)) {
                return Optional.of("write 'orderby' as one word");
            }
            if (expected != null) {
                String close = closestKeyword(text, expected, vocabulary);
                if (close != null) {
                    return Optional.of("did you mean '" + close + "'?");
                }
            }
        }
        if (type == NqParser.ASSIGN) {
            return Optional.of("use '==' to compare values");
        }
        boolean wantsName = expected != null && expected.contains(NqParser.IDENTIFIER);
        Optional<String> pair = tokenPairHint(offending, previous);
        if (pair.isPresent()) {
            return pair;
        }
        if (type == NqParser.IDENTIFIER && expected != null && expected.size() == 1
                && expected.contains(NqParser.STRING_LITERAL)) {
            return Optional.of("write the file name in double quotes, e.g. \"" + bareWord(offending) + "\"");
        }
        if (type == NqParser.RBRACE && expected != null && ExpectedTokens.expectsExpression(expected)) {
            return Optional.of("an iterate body ends with the expression that gives the loop variable its next value");
        }
        if (wantsName && !ExpectedTokens.expectsExpression(expected) && isKeyword(offending, vocabulary)) {
            return Optional.of("'" + text + "' is a keyword and cannot be used as a name; choose another name");
        }
        if (wantsName && ExpectedTokens.expectsExpression(expected)
                && (type == NqParser.SELECT || type == NqParser.WHERE || type == NqParser.JOIN)) {
            return Optional.of(previous != null && previous.getType() == NqParser.IN
                    ? "name what to read after 'in': from x in edges"
                    : "a query starts with 'from x in source'");
        }
        if (expected != null && !wantsName && type != NqParser.COMMA && expected.contains(NqParser.EQUALS)) {
            return Optional.of("a join compares its keys with 'equals': on x.key equals y.key");
        }
        if (expected != null && !wantsName && type != NqParser.COMMA && expected.contains(NqParser.INTO)) {
            return Optional.of("name the groups: group x by key into g select (key: g.key, n: count(g))");
        }
        if (type == NqParser.LBRACE && previous != null && previous.getType() == NqParser.TIMES) {
            return Optional.of("give the number of rounds: times 10");
        }
        if ((type == NqParser.SEMI || type == Token.EOF) && expected != null && expected.contains(NqParser.SELECT)) {
            return Optional.of("a query ends with 'select <value>'");
        }
        if (type == NqParser.LBRACE && expected != null && !wantsName && expected.contains(NqParser.TIMES)) {
            return Optional.of("say how long to iterate: 'times N' or 'until fixpoint'");
        }
        return Optional.empty();
    }

    /**
     * A hint when the token before the error is a name that looks like a keyword (a misspelled or
     * capitalized {@code from}, which the parser took for a name).
     */
    static Optional<String> previousTokenHint(Token previous, Vocabulary vocabulary) {
        if (previous == null || previous.getType() != NqParser.IDENTIFIER) {
            return Optional.empty();
        }
        String text = previous.getText();
        String keyword = keywordText(text.toLowerCase(Locale.ROOT), vocabulary);
        if (keyword != null) {
            return Optional.of("'" + text + "' is read as a name; keywords are lowercase: write '" + keyword + "'");
        }
        String close = closestKeyword(text, IntervalSet.of(1, NqLexer.ARROW - 1), vocabulary);
        return close == null ? Optional.empty()
                : Optional.of("'" + text + "' is read as a name; did you mean '" + close + "'?");
    }

    /** The unquoted text from the token up to the next blank, ';' or ')', e.g. {@code edges.csv}. */
    private static String bareWord(Token token) {
        CharStream input = token.getInputStream();
        int start = token.getStartIndex();
        int end = start;
        while (end < input.size() && end - start < 80) {
            String c = input.getText(Interval.of(end, end));
            if (c.isBlank() || c.equals(";") || c.equals(")") || c.equals(",")) {
                break;
            }
            end++;
        }
        return end > start ? input.getText(Interval.of(start, end - 1)) : token.getText();
    }

    /** Hints from the token before the error and the offending one together. */
    private static Optional<String> tokenPairHint(Token offending, Token previous) {
        int type = offending.getType();
        int before = previous == null ? Token.INVALID_TYPE : previous.getType();
        if (type == NqParser.ARROW) {
            return Optional.of("lambdas (x => ...) are only allowed as arguments of methods such as .where(x => ...)");
        }
        if (type == NqParser.GT && before == NqParser.LT) {
            return Optional.of("write '!=' for 'not equal'");
        }
        if (type == NqParser.LBRACE && previous != null && previous.getText().equals("new")) {
            return Optional.of("NQ has no 'new': write a tuple such as (a: x.a, b: x.b)");
        }
        if ((type == NqParser.RPAREN || type == NqParser.RBRACE) && before == NqParser.COMMA) {
            return Optional.of("remove the ',' before '" + offending.getText() + "'");
        }
        return Optional.empty();
    }

    /** {@code .where(y y.a > 1)}: an argument that starts like a lambda without its arrow. */
    static Optional<String> missingArrowHint(Token offending, Token previous, Token beforePrevious,
                                             IntervalSet expected) {
        boolean argumentStart = beforePrevious != null
                && (beforePrevious.getType() == NqParser.LPAREN || beforePrevious.getType() == NqParser.COMMA);
        if (previous != null && previous.getType() == NqParser.IDENTIFIER && argumentStart
                && offending.getType() == NqParser.IDENTIFIER && expected != null
                && expected.contains(NqParser.RPAREN)) {
            return Optional.of("a lambda needs '=>': " + previous.getText() + " => ...");
        }
        return Optional.empty();
    }

    /** A hint for a ',' after a join or group clause: several keys are written as a tuple. */
    static Optional<String> clauseHint(Token offending, ParserRuleContext ctx) {
        if (offending.getType() != NqParser.COMMA) {
            return Optional.empty();
        }
        ParserRuleContext last = ctx;
        if (ctx instanceof NqParser.QueryContext q) {
            last = q.queryClause().isEmpty() ? null : q.queryClause().get(q.queryClause().size() - 1);
        }
        if (last instanceof NqParser.JoinQueryClauseContext) {
            return Optional.of("join on several keys with tuples: on (a.x, a.y) equals (b.x, b.y)");
        }
        if (last instanceof NqParser.GroupQueryClauseContext) {
            return Optional.of("group by several keys with a tuple: group x by (a: x.a, b: x.b) into g");
        }
        return Optional.empty();
    }

    /** How the construct being parsed is written, as a fallback hint. */
    static Optional<String> contextHint(ParserRuleContext ctx) {
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            String hint = null;
            if (c instanceof NqParser.ParamStatementContext || c instanceof NqParser.ParamValueContext) {
                hint = "a parameter default is a single literal, e.g. 10, -2.5, \"text\", true or date \"2024-01-01\"";
            } else if (c instanceof NqParser.OutputStatementContext) {
                hint = "write: output name; or output name to \"file.csv\";";
            } else if (c instanceof NqParser.ImportStatementContext) {
                hint = "write: import java com.acme.Functions;";
            } else if (c instanceof NqParser.InputStatementContext) {
                hint = "write: input name : (field: type, ...); or add from \"file.csv\" before the ';'";
            } else if (c instanceof NqParser.CastExpressionContext) {
                hint = "write: cast(value as type)";
            } else if (c instanceof NqParser.CaseExpressionContext) {
                hint = "write: case when condition then value ... else value end";
            } else if (c instanceof NqParser.IfExpressionContext) {
                hint = "write: if condition then value else value";
            } else if (c instanceof NqParser.LambdaContext) {
                hint = "write a lambda as x => expression";
            } else if (c instanceof NqParser.StatementContext || c instanceof NqParser.QueryContext
                    || c instanceof NqParser.IterateContext) {
                return Optional.empty();
            }
            if (hint != null) {
                return Optional.of(hint);
            }
        }
        return Optional.empty();
    }

    /** A hint for a character the lexer does not know. */
    static Optional<String> characterHint(String c) {
        return switch (c) {
            case "'" -> Optional.of("strings are written in double quotes: \"text\"");
            case "&" -> Optional.of("write 'and' (or '&&')");
            case "|" -> Optional.of("write 'or' (or '||')");
            case "#" -> Optional.of("comments start with //");
            case "[", "]" -> Optional.of("tuples are written in parentheses: (a: 1, b: 2)");
            default -> c.codePoints().allMatch(Character::isLetter)
                    ? Optional.of("names are made of ASCII letters, digits and '_'")
                    : Optional.empty();
        };
    }

    private static boolean isKeyword(Token token, Vocabulary vocabulary) {
        String literal = vocabulary.getLiteralName(token.getType());
        return literal != null && Character.isLetter(literal.charAt(1));
    }

    private static String keywordText(String word, Vocabulary vocabulary) {
        for (int t = 1; t <= vocabulary.getMaxTokenType(); t++) {
            String literal = vocabulary.getLiteralName(t);
            if (literal != null && literal.equals("'" + word + "'") && Character.isLetter(word.charAt(0))) {
                return word;
            }
        }
        return null;
    }

    private static String closestKeyword(String word, IntervalSet expected, Vocabulary vocabulary) {
        if (word.length() < 2) {
            return null;
        }
        String best = null;
        int bestDistance = word.length() <= 5 ? 2 : 3;
        for (int t : expected.toList()) {
            String literal = t > 0 && t < NqLexer.ARROW ? vocabulary.getLiteralName(t) : null;
            if (literal == null) {
                continue;
            }
            String keyword = literal.substring(1, literal.length() - 1);
            int d = EditDistance.between(word, keyword);
            if (d < bestDistance) {
                bestDistance = d;
                best = keyword;
            }
        }
        return best;
    }
}
