package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A LINQ query: {@code from x in source}, then body clauses, then {@code select value}, then an optional {@code take n} (top-k, after an {@code orderby}). */
public record Query(SourceLocation location, FromClause from, List<QueryClause> body, Expr select, Optional<Expr> take) implements Expr {

    public Query {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(from, "from");
        body = List.copyOf(Objects.requireNonNull(body, "body"));
        Objects.requireNonNull(select, "select");
        Objects.requireNonNull(take, "take");
    }
}
