package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.util.Objects;
import java.util.Optional;

/** {@code output ranks;} or {@code output reach to "reach.csv";} a result the program produces. */
public record OutputDecl(SourceLocation location, Identifier name, Optional<String> target) implements Statement {

    public OutputDecl {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(target, "target");
    }
}
