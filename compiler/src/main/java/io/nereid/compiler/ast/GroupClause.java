package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.util.Objects;
import java.util.Optional;

/** {@code group element by key into g [having condition]}; after it only {@code g} is in scope, with {@code g.key} and aggregates such as {@code count(g)}, {@code sum(g)} over the elements. */
public record GroupClause(SourceLocation location, Expr element, Expr key, Identifier into, Optional<Expr> having) implements QueryClause {

    public GroupClause {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(into, "into");
        Objects.requireNonNull(having, "having");
    }
}
