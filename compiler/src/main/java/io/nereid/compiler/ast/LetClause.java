package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.util.Objects;

/** {@code let name = value} inside a query. */
public record LetClause(SourceLocation location, Identifier name, Expr value) implements QueryClause {

    public LetClause {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
