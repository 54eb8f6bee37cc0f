package io.nereid.compiler.analyze;

import io.nereid.compiler.plan.expr.Cast;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.plan.expr.Literal;
import io.nereid.compiler.types.ScalarKind;
import io.nereid.compiler.types.ScalarType;

/** Explicit conversions inserted by the analyzer so that code generation never converts implicitly. */
final class Coercions {
    private Coercions() {
    }

    /** {@code e} converted to {@code kind}, keeping its nullability; literals are converted in place. */
    static Expr toKind(Expr e, ScalarKind kind) {
        if (e.type().kind() == kind) {
            return e;
        }
        ScalarType target = new ScalarType(kind, e.type().nullable());
        if (e instanceof Literal l) {
            if (l.value() == null) {
                return Literal.nullOf(target);
            }
            if (l.value() instanceof Integer i && kind == ScalarKind.LONG) {
                return Literal.of((long) i);
            }
            if (l.value() instanceof Integer i && kind == ScalarKind.DOUBLE) {
                return Literal.of((double) i);
            }
            if (l.value() instanceof Long v && kind == ScalarKind.DOUBLE) {
                return Literal.of((double) v);
            }
        }
        return new Cast(e, target);
    }

    /** {@code e} converted to exactly {@code type} (kind, then nullability). */
    static Expr toType(Expr e, ScalarType type) {
        Expr k = toKind(e, type.kind());
        if (k.type().equals(type)) {
            return k;
        }
        if (k instanceof Literal l) {
            return new Literal(l.value(), type);
        }
        return new Cast(k, type);
    }
}
