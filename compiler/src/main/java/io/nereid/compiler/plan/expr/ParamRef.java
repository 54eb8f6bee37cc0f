package io.nereid.compiler.plan.expr;

import io.nereid.compiler.types.ScalarType;
import java.util.List;
import java.util.Objects;

/**
 * The value of a program parameter ({@code param root : long = 0}), fixed for a run and set from
 * the command line; constant folding leaves it alone. Printed as {@code ?root}.
 */
public record ParamRef(String name, ScalarType type) implements Expr {
    public ParamRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    @Override
    public List<Expr> children() {
        return List.of();
    }

    @Override
    public Expr withChildren(List<Expr> children) {
        return this;
    }
}
