package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.util.Objects;

/** One {@code when condition then value} arm of a {@link CaseExpr}. */
public record WhenClause(SourceLocation location, Expr condition, Expr value) implements Node {

    public WhenClause {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(value, "value");
    }
}
