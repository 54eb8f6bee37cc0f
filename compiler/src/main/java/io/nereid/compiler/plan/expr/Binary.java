package io.nereid.compiler.plan.expr;

import io.nereid.compiler.types.ScalarType;
import java.util.List;
import java.util.Objects;

/** A binary operator applied to two operands of the same kind (or two booleans, or two strings). */
public record Binary(BinaryOp op, Expr left, Expr right, ScalarType type) implements Expr {
    public Binary {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(type, "type");
    }

    @Override
    public List<Expr> children() {
        return List.of(left, right);
    }

    @Override
    public Expr withChildren(List<Expr> children) {
        return new Binary(op, children.get(0), children.get(1), type);
    }
}
