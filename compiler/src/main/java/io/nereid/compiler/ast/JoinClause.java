package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.util.Objects;

/** {@code [left] join y in source on leftKey equals rightKey}; composite keys are tuples. {@code leftKey} refers to earlier range variables, {@code rightKey} to {@code variable}. */
public record JoinClause(SourceLocation location, JoinKind kind, Identifier variable, Expr source, Expr leftKey, Expr rightKey) implements QueryClause {

    public JoinClause {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(leftKey, "leftKey");
        Objects.requireNonNull(rightKey, "rightKey");
    }
}
