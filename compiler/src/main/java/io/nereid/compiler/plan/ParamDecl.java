package io.nereid.compiler.plan;

import io.nereid.compiler.plan.expr.Literal;
import io.nereid.compiler.types.ScalarType;
import java.util.Objects;
import java.util.Optional;

/** A program parameter ({@code param root : long = 0}): name, type, default value if any. */
public record ParamDecl(String name, ScalarType type, Optional<Literal> defaultValue) {
    public ParamDecl {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
    }
}
