package io.nereid.compiler.plan.expr;

/**
 * Binary operators. Arithmetic and comparison operands have the same kind (the analyzer inserts
 * casts); {@code CONCAT} joins two strings; {@code AND}/{@code OR} take booleans.
 */
public enum BinaryOp {
    ADD("+"), SUB("-"), MUL("*"), DIV("/"), MOD("%"),
    EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="),
    AND("and"), OR("or"),
    CONCAT("++");

    private final String symbol;

    BinaryOp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean isArithmetic() {
        return this == ADD || this == SUB || this == MUL || this == DIV || this == MOD;
    }

    public boolean isComparison() {
        return this == EQ || this == NE || this == LT || this == LE || this == GT || this == GE;
    }

    public boolean isLogical() {
        return this == AND || this == OR;
    }

    /** The comparison with its operands swapped ({@code a < b} is {@code b > a}). */
    public BinaryOp flipped() {
        return switch (this) {
            case LT -> GT;
            case LE -> GE;
            case GT -> LT;
            case GE -> LE;
            default -> this;
        };
    }
}
