package io.nereid.compiler.plan.expr;

import io.nereid.compiler.types.ScalarType;
import java.util.List;
import java.util.Objects;

/** A unary operator applied to one operand. */
public record Unary(UnaryOp op, Expr operand, ScalarType type) implements Expr {
    public Unary {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(operand, "operand");
        Objects.requireNonNull(type, "type");
    }

    @Override
    public List<Expr> children() {
        return List.of(operand);
    }

    @Override
    public Expr withChildren(List<Expr> children) {
        return new Unary(op, children.get(0), type);
    }
}
