package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.util.Objects;

/** {@code target.field}, e.g. {@code e.src} or {@code g.key}. */
public record FieldAccess(SourceLocation location, Expr target, Identifier field) implements Expr {

    public FieldAccess {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(field, "field");
    }
}
