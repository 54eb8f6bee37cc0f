package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.util.Objects;

/** A binary operation {@code left op right} (arithmetic, comparison, {@code and}, {@code or}). */
public record Binary(SourceLocation location, BinaryOp op, Expr left, Expr right) implements Expr {

    public Binary {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }
}
