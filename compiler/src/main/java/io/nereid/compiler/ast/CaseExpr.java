package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.util.List;
import java.util.Objects;

/** {@code case when c1 then v1 when c2 then v2 else v end}; the {@code else} is required. */
public record CaseExpr(SourceLocation location, List<WhenClause> whens, Expr otherwise) implements Expr {

    public CaseExpr {
        Objects.requireNonNull(location, "location");
        whens = List.copyOf(Objects.requireNonNull(whens, "whens"));
        Objects.requireNonNull(otherwise, "otherwise");
    }
}
