package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.util.Objects;

/** {@code exists (query)}: true when the (usually correlated) query has a result; {@code not exists (...)} is an antijoin. */
public record Exists(SourceLocation location, Expr query) implements Expr {

    public Exists {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(query, "query");
    }
}
