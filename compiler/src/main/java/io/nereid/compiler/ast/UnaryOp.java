package io.nereid.compiler.ast;

/** Prefix operators. {@code !x} is written back as {@code not x}. */
public enum UnaryOp {
    NEGATE("-"), NOT("not");

    private final String symbol;

    UnaryOp(String symbol) {
        this.symbol = symbol;
    }

    /** The canonical spelling. */
    public String symbol() {
        return symbol;
    }
}
