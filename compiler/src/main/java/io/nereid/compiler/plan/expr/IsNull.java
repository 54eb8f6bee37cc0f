package io.nereid.compiler.plan.expr;

import io.nereid.compiler.types.ScalarType;
import java.util.List;
import java.util.Objects;

/** {@code x == null} (or {@code x != null} when negated); never null itself. */
public record IsNull(Expr operand, boolean negated) implements Expr {
    public IsNull {
        Objects.requireNonNull(operand, "operand");
    }

    @Override
    public ScalarType type() {
        return ScalarType.BOOL;
    }

    @Override
    public List<Expr> children() {
        return List.of(operand);
    }

    @Override
    public Expr withChildren(List<Expr> children) {
        return new IsNull(children.get(0), negated);
    }
}
