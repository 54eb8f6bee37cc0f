package io.nereid.compiler.plan;

import io.nereid.compiler.plan.expr.Expr;
import java.util.Objects;

/** One key of an order-by: an expression and its direction. */
public record SortKey(Expr expr, boolean descending) {
    public SortKey {
        Objects.requireNonNull(expr, "expr");
    }

    @Override
    public String toString() {
        return expr.print() + (descending ? " desc" : " asc");
    }
}
