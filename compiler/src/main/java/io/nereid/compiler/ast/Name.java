package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.util.Objects;

/** A reference to a name in scope: a range variable, a {@code let}, an input, a parameter, a loop variable, or an imported class (as the target of a call). */
public record Name(SourceLocation location, String name) implements Expr {

    public Name {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(name, "name");
    }
}
