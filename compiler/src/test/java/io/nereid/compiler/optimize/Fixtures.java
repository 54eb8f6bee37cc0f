package io.nereid.compiler.optimize;

import io.nereid.compiler.plan.NamedExpr;
import io.nereid.compiler.plan.Plan;
import io.nereid.compiler.plan.Scan;
import io.nereid.compiler.plan.expr.Binary;
import io.nereid.compiler.plan.expr.BinaryOp;
import io.nereid.compiler.plan.expr.ColumnRef;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.plan.expr.Literal;
import io.nereid.compiler.types.Field;
import io.nereid.compiler.types.ScalarType;
import io.nereid.compiler.types.Schema;

/** Small plan-building helpers for rule tests. */
final class Fixtures {
    static final Scan EDGES = new Scan("edges", Schema.of(new Field("src", ScalarType.LONG), new Field("dst", ScalarType.LONG)));
    static final Scan NODES = new Scan("nodes", Schema.of(new Field("node", ScalarType.LONG), new Field("label", ScalarType.STRING)));

    private Fixtures() {
    }

    static ColumnRef col(Plan p, int i) {
        Field f = p.schema().field(i);
        return new ColumnRef(i, f.name(), f.type());
    }

    static ColumnRef col(int i, String name) {
        return new ColumnRef(i, name, ScalarType.LONG);
    }

    static Expr eq(Expr a, Expr b) {
        return new Binary(BinaryOp.EQ, a, b, ScalarType.BOOL);
    }

    static Expr gt(Expr a, long v) {
        return new Binary(BinaryOp.GT, a, Literal.of(v), ScalarType.BOOL);
    }

    static Expr add(Expr a, long v) {
        return new Binary(BinaryOp.ADD, a, Literal.of(v), ScalarType.LONG);
    }

    static NamedExpr named(String name, Expr e) {
        return new NamedExpr(name, e);
    }
}
