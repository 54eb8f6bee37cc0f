package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.util.Objects;

/** A name at a binding or member position (a declared name, a field, a range variable, a method). */
public record Identifier(SourceLocation location, String name) implements Node {

    public Identifier {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(name, "name");
    }
}
