package io.nereid.compiler.plan.expr;

import io.nereid.compiler.types.ScalarType;
import java.util.List;
import java.util.Objects;

/**
 * A conversion of the operand to {@code type}: numeric widening (inserted by the analyzer),
 * narrowing (truncation), to and from string (parsing), or non-null to nullable.
 * Printed as {@code long(x)}.
 */
public record Cast(Expr operand, ScalarType type) implements Expr {
    public Cast {
        Objects.requireNonNull(operand, "operand");
        Objects.requireNonNull(type, "type");
    }

    @Override
    public List<Expr> children() {
        return List.of(operand);
    }

    @Override
    public Expr withChildren(List<Expr> children) {
        return new Cast(children.get(0), type);
    }
}
