package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.util.Objects;
import java.util.Optional;

/** {@code input edges : (src: long, dst: long) from "edges.csv";} a typed input relation with an optional default data source. */
public record InputDecl(SourceLocation location, Identifier name, TypeRef type, Optional<String> defaultSource) implements Statement {

    public InputDecl {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultSource, "defaultSource");
    }
}
