package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.util.List;
import java.util.Objects;

/** {@code x => body} or {@code (x, y) => body}; only appears as a method argument. */
public record Lambda(SourceLocation location, List<Identifier> parameters, Expr body) implements Expr {

    public Lambda {
        Objects.requireNonNull(location, "location");
        parameters = List.copyOf(Objects.requireNonNull(parameters, "parameters"));
        Objects.requireNonNull(body, "body");
    }
}
