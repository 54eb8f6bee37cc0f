package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.util.Objects;

/** {@code if condition then a else b}. */
public record IfExpr(SourceLocation location, Expr condition, Expr thenValue, Expr elseValue) implements Expr {

    public IfExpr {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(thenValue, "thenValue");
        Objects.requireNonNull(elseValue, "elseValue");
    }
}
