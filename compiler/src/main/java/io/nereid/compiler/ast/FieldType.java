package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.util.Objects;

/** One field of a tuple type: {@code name: type}. */
public record FieldType(SourceLocation location, Identifier name, TypeRef type) implements Node {

    public FieldType {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
