package io.nereid.compiler.plan.expr;

/** Unary operators: arithmetic negation and boolean not. */
public enum UnaryOp {
    NEG("-"), NOT("not ");

    private final String symbol;

    UnaryOp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
