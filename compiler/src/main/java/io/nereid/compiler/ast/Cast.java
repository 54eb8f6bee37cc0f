package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.util.Objects;

/** {@code cast(value as type)} to a scalar type. */
public record Cast(SourceLocation location, Expr value, PrimitiveType target) implements Expr {

    public Cast {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(target, "target");
    }
}
