package io.nereid.compiler.plan;

import io.nereid.compiler.types.Schema;
import java.util.Objects;
import java.util.Optional;

/** A declared input of the program: name, row schema, and the default source if the program gives one. */
public record InputDecl(String name, Schema schema, Optional<String> defaultSource) {
    public InputDecl {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(defaultSource, "defaultSource");
    }
}
