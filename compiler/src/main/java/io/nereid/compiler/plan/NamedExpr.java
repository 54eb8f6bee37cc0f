package io.nereid.compiler.plan;

import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.types.Field;
import java.util.Objects;

/** An output column of a projection or a grouping key: a name and the expression computing it. */
public record NamedExpr(String name, Expr expr) {
    public NamedExpr {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expr, "expr");
    }

    public Field field() {
        return new Field(name, expr.type());
    }

    @Override
    public String toString() {
        return name + " := " + expr.print();
    }
}
