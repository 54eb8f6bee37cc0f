package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.util.Objects;

/** {@code from x in source}; a second {@code from} in a query body is a select-many. */
public record FromClause(SourceLocation location, Identifier variable, Expr source) implements QueryClause {

    public FromClause {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(source, "source");
    }
}
