package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.util.List;
import java.util.Objects;

/** A tuple {@code (node: n.node, rank: 1.0)} or {@code (e.src, e.dst)} (e.g. a composite join key); a single unnamed field in parentheses is just a parenthesized expression, not a tuple. */
public record TupleExpr(SourceLocation location, List<TupleField> fields) implements Expr {

    public TupleExpr {
        Objects.requireNonNull(location, "location");
        fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
    }
}
