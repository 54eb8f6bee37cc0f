package io.nereid.compiler.ast;

/**
 * Binary operators with their canonical spelling and precedence (higher binds tighter). {@code &&}
 * and {@code ||} are read as {@code and} and {@code or}. Comparisons do not chain.
 */
public enum BinaryOp {
    OR("or", 1), AND("and", 2),
    EQ("==", 4), NE("!=", 4), LT("<", 4), LE("<=", 4), GT(">", 4), GE(">=", 4),
    ADD("+", 5), SUB("-", 5),
    MUL("*", 6), DIV("/", 6), MOD("%", 6);

    /** Precedence of {@code not}, between {@code and} and the comparisons. */
    public static final int NOT_PRECEDENCE = 3;
    /** Precedence of unary minus, above every binary operator. */
    public static final int NEGATE_PRECEDENCE = 7;

    private final String symbol;
    private final int precedence;

    BinaryOp(String symbol, int precedence) {
        this.symbol = symbol;
        this.precedence = precedence;
    }

    /** The canonical spelling. */
    public String symbol() {
        return symbol;
    }

    /** Higher binds tighter; all binary operators associate to the left. */
    public int precedence() {
        return precedence;
    }

    /** Whether this is one of {@code == != < <= > >=}. */
    public boolean isComparison() {
        return precedence == 4;
    }
}
