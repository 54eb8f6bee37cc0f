package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.util.Objects;

/** A prefix operation: {@code -x} or {@code not x} (also written {@code !x}). */
public record Unary(SourceLocation location, UnaryOp op, Expr operand) implements Expr {

    public Unary {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(operand, "operand");
    }
}
