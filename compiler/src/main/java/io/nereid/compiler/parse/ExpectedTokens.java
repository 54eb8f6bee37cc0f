package io.nereid.compiler.parse;

import static io.nereid.grammar.NqParser.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Says in plain words what the parser expected: a set of token types becomes e.g. {@code ';' or an
 * operator}, {@code an expression}, {@code a type} or {@code one of 'import', 'input', 'param',
 * 'let', 'output', end of file}. Tokens that stand for a whole category are summarized.
 */
final class ExpectedTokens {
    private static final Set<Integer> SOFT_KEYWORDS = Set.of(JAVA, TO, AS, DATE, LEFT, ON, EQUALS, BY, INTO,
            HAVING, ASCENDING, DESCENDING, TIMES, UNTIL, FIXPOINT);
    private static final Set<Integer> EXPRESSION_STARTS = Set.of(IDENTIFIER, INTEGER_LITERAL, DECIMAL_LITERAL,
            STRING_LITERAL, TRUE, FALSE, LPAREN, MINUS, NOT, BANG, FROM, ITERATE, IF, CASE, CAST, EXISTS);
    private static final Set<Integer> LITERALS = Set.of(INTEGER_LITERAL, DECIMAL_LITERAL, STRING_LITERAL, TRUE,
            FALSE, DATE, MINUS);
    private static final Set<Integer> TYPES = Set.of(BOOL, INT, LONG, DOUBLE, STRING, DATE, LPAREN);
    /** Keywords that are also method names after a '.', such as {@code .where(...)}. */
    private static final Set<Integer> MEMBER_KEYWORDS = Set.of(WHERE, SELECT, TAKE, ORDERBY, JOIN, GROUP);
    private static final Set<Integer> OPERATORS = Set.of(DOT, STAR, SLASH, PERCENT, PLUS, MINUS, EQ, NE, LT, LE,
            GT, GE, AND, AMPAMP, OR, BARBAR);

    private ExpectedTokens() {
    }

    /** The expected set in words, e.g. {@code one of 'from', 'let'} or {@code an expression}. */
    static String describe(IntervalSet expected, Vocabulary vocabulary) {
        List<String> items = items(expected, vocabulary);
        if (items.isEmpty()) {
            return "something else";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        if (items.size() == 2) {
            return items.get(0) + " or " + items.get(1);
        }
        return "one of " + String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }

    /** Whether the set stands for "an expression" (used to pick hints). */
    static boolean expectsExpression(IntervalSet expected) {
        return expected.contains(IDENTIFIER) && expected.contains(INTEGER_LITERAL);
    }

    /** Whether an operator could continue here. */
    static boolean expectsOperator(IntervalSet expected) {
        return expected.contains(EQ) || expected.contains(PLUS);
    }

    private static List<String> items(IntervalSet expected, Vocabulary vocabulary) {
        Set<Integer> left = new LinkedHashSet<>(expected.toList());
        List<String> categories = new ArrayList<>();
        if (expectsExpression(expected)) {
            left.removeAll(EXPRESSION_STARTS);
            left.removeAll(SOFT_KEYWORDS);
            categories.add("an expression");
        } else if (left.contains(IDENTIFIER)) {
            left.removeAll(SOFT_KEYWORDS);
            if (left.contains(WHERE) && left.contains(SELECT)) {
                left.removeAll(MEMBER_KEYWORDS);
            }
            left.remove(IDENTIFIER);
            categories.add("a name");
        }
        if (left.contains(BOOL) && left.contains(INT)) {
            left.removeAll(TYPES);
            categories.add("a type");
        }
        if (left.contains(INTEGER_LITERAL) && left.contains(STRING_LITERAL)) {
            left.removeAll(LITERALS);
            categories.add("a literal");
        }
        if (left.contains(PLUS) && left.contains(EQ)) {
            left.removeAll(OPERATORS);
            categories.add("an operator");
        }
        List<String> items = new ArrayList<>();
        for (int type : left) {
            if (type != Token.EOF) {
                items.add(name(type, vocabulary));
            }
        }
        items.addAll(categories);
        if (left.contains(Token.EOF)) {
            items.add(name(Token.EOF, vocabulary));
        }
        return items;
    }

    /** How one token type is named in messages. */
    static String name(int type, Vocabulary vocabulary) {
        return switch (type) {
            case Token.EOF -> "end of file";
            case IDENTIFIER -> "a name";
            case STRING_LITERAL -> "a string";
            case INTEGER_LITERAL -> "an integer";
            case DECIMAL_LITERAL -> "a number";
            default -> {
                String literal = vocabulary.getLiteralName(type);
                yield literal != null ? literal : vocabulary.getDisplayName(type);
            }
        };
    }
}
