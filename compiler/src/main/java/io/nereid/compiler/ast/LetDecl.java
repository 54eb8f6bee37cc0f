package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.util.Objects;

/** {@code let name = expr;} a named relation or value; also used for the local bindings of an iterate body. */
public record LetDecl(SourceLocation location, Identifier name, Expr value) implements Statement {

    public LetDecl {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
