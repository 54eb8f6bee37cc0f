package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.util.Objects;

/** {@code where condition}. */
public record WhereClause(SourceLocation location, Expr condition) implements QueryClause {

    public WhereClause {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(condition, "condition");
    }
}
