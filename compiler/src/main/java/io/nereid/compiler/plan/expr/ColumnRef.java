package io.nereid.compiler.plan.expr;

import io.nereid.compiler.types.ScalarType;
import java.util.List;
import java.util.Objects;

/**
 * The value of column {@code index} of the input row; {@code name} is the field's name, kept for
 * printouts and generated identifiers. Printed as {@code name#index}.
 */
public record ColumnRef(int index, String name, ScalarType type) implements Expr {
    public ColumnRef {
        if (index < 0) {
            throw new IllegalArgumentException("negative column index " + index);
        }
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

    /** The same column at another index (after columns were added or removed before it). */
    public ColumnRef withIndex(int newIndex) {
        return new ColumnRef(newIndex, name, type);
    }
}
