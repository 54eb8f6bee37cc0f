package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.util.Objects;

/** One of the scalar types {@code bool int long double string date}. */
public record PrimitiveType(SourceLocation location, ScalarKind kind) implements TypeRef {

    public PrimitiveType {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(kind, "kind");
    }
}
