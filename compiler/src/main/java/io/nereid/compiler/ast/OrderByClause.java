package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.util.List;
import java.util.Objects;

/** {@code orderby k1 [descending], k2 ...}. */
public record OrderByClause(SourceLocation location, List<Ordering> orderings) implements QueryClause {

    public OrderByClause {
        Objects.requireNonNull(location, "location");
        orderings = List.copyOf(Objects.requireNonNull(orderings, "orderings"));
    }
}
