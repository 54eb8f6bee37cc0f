package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.util.Objects;
import java.util.Optional;

/** One field of a tuple expression; unnamed fields leave the name to the analyzer (e.g. {@code e.src} gives {@code src}). */
public record TupleField(SourceLocation location, Optional<Identifier> name, Expr value) implements Node {

    public TupleField {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
