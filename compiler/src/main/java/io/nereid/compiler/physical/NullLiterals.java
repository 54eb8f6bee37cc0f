package io.nereid.compiler.physical;

import io.nereid.compiler.plan.expr.Binary;
import io.nereid.compiler.plan.expr.BinaryOp;
import io.nereid.compiler.plan.expr.Call;
import io.nereid.compiler.plan.expr.Case;
import io.nereid.compiler.plan.expr.ColumnRef;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.plan.expr.Exprs;
import io.nereid.compiler.plan.expr.IsNull;
import io.nereid.compiler.plan.expr.Literal;
import io.nereid.compiler.types.BuiltinFunction;
import io.nereid.compiler.types.ScalarKind;
import io.nereid.compiler.types.ScalarType;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives the {@code null} literal a type where it appears, so that generated code can carry it
 * as that type's default with its null flag set: a strict operator (arithmetic, comparison, a
 * function, a cast) with a null operand is null of its own type; a null branch of {@code if} /
 * {@code case} or argument of {@code coalesce} takes the result's type, one of {@code and} /
 * {@code or} is a null bool; {@code null is null} is true. A column that is always null (say
 * {@code select (x: null)}) has no type of its own: it is a nullable string, as in PostgreSQL.
 */
public final class NullLiterals {
    /** The type an untyped null column gets. */
    public static final ScalarType UNTYPED = ScalarType.STRING.asNullable();

    private NullLiterals() {
    }

    /** {@code e} with every null literal typed (and untyped null columns read as {@link #UNTYPED}). */
    public static Expr typed(Expr e) {
        Expr out = Exprs.transform(e, NullLiterals::step);
        return isNullKind(out) ? retype(out, UNTYPED) : out;
    }

    private static Expr step(Expr e) {
        if (e instanceof ColumnRef c && c.type().kind() == ScalarKind.NULL) {
            return new ColumnRef(c.index(), c.name(), UNTYPED);
        }
        if (e instanceof IsNull n && n.operand() instanceof Literal l && l.isNull()) {
            return Literal.of(!n.negated());
        }
        if (e instanceof Case c) {
            List<Case.When> branches = new ArrayList<>();
            for (Case.When w : c.branches()) {
                branches.add(new Case.When(retype(w.condition(), ScalarType.BOOL.asNullable()), retype(w.value(), c.type())));
            }
            return new Case(branches, retype(c.otherwise(), c.type()), c.type());
        }
        if (e instanceof Call c && c.function() == BuiltinFunction.COALESCE) {
            return new Call(c.function(), c.arguments().stream().map(a -> retype(a, c.type())).toList(), c.type());
        }
        if (e instanceof Binary b && (b.op() == BinaryOp.AND || b.op() == BinaryOp.OR)) {
            ScalarType bool = ScalarType.BOOL.asNullable();
            return new Binary(b.op(), retype(b.left(), bool), retype(b.right(), bool), b.type());
        }
        if (strict(e) && e.children().stream().anyMatch(c -> c instanceof Literal l && l.isNull())) {
            return Literal.nullOf(e.type().kind() == ScalarKind.NULL ? UNTYPED : e.type());
        }
        return e;
    }

    private static boolean isNullKind(Expr e) {
        return e instanceof Literal l && l.isNull() && l.type().kind() == ScalarKind.NULL;
    }

    /** A null literal of no type as a null of {@code type}; anything else as it is. */
    private static Expr retype(Expr e, ScalarType type) {
        return isNullKind(e) && type.kind() != ScalarKind.NULL ? Literal.nullOf(type) : e;
    }

    /** Operators whose result is null when an operand is (as the generated code treats them). */
    private static boolean strict(Expr e) {
        if (e instanceof Binary b) {
            return b.op() != BinaryOp.AND && b.op() != BinaryOp.OR;
        }
        if (e instanceof Call c) {
            return c.function() != BuiltinFunction.COALESCE;
        }
        return !(e instanceof Case) && !(e instanceof IsNull) && !e.children().isEmpty();
    }
}
