package io.nereid.compiler.optimize;

import io.nereid.compiler.plan.expr.Binary;
import io.nereid.compiler.plan.expr.BinaryOp;
import io.nereid.compiler.plan.expr.Call;
import io.nereid.compiler.plan.expr.Case;
import io.nereid.compiler.plan.expr.Cast;
import io.nereid.compiler.plan.expr.Evaluator;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.plan.expr.Exprs;
import io.nereid.compiler.plan.expr.IsNull;
import io.nereid.compiler.plan.expr.Literal;
import io.nereid.compiler.plan.expr.Unary;
import io.nereid.compiler.types.BuiltinFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Simplifies scalar expressions: operators and built-in calls on constants are computed (an
 * error such as a division by zero is left for run time), a null operand of a strict operator
 * gives null, {@code and}/{@code or} with a constant side shrink, case branches with constant
 * conditions are resolved, {@code x is null} on a non-null x is false. The type of a folded
 * expression is kept.
 */
public final class ConstantFolder {
    private static final Evaluator EVALUATOR = new Evaluator(Map.of());

    private ConstantFolder() {
    }

    public static Expr fold(Expr e) {
        return Exprs.transform(e, ConstantFolder::step);
    }

    private static Expr step(Expr e) {
        Expr folded = simplify(e);
        if (folded == e || folded.type().equals(e.type())) {
            return folded;
        }
        return folded instanceof Literal l ? new Literal(l.value(), e.type()) : new Cast(folded, e.type());
    }

    private static Expr simplify(Expr e) {
        if (e instanceof Binary b && (b.op() == BinaryOp.AND || b.op() == BinaryOp.OR)) {
            boolean absorbing = b.op() == BinaryOp.OR;
            for (Expr side : List.of(b.left(), b.right())) {
                if (side instanceof Literal l && l.is(absorbing)) {
                    return Literal.of(absorbing);
                }
            }
            if (b.left() instanceof Literal l && l.is(!absorbing)) {
                return b.right();
            }
            if (b.right() instanceof Literal l && l.is(!absorbing)) {
                return b.left();
            }
            return allConstant(b) ? evaluate(b) : b;
        }
        if (e instanceof Case c) {
            return simplifyCase(c);
        }
        if (e instanceof IsNull n) {
            if (!n.operand().type().nullable()) {
                return Literal.of(n.negated());
            }
            return n.operand() instanceof Literal ? evaluate(n) : n;
        }
        boolean strict = e instanceof Unary || e instanceof Binary || e instanceof Cast
                || (e instanceof Call c && c.function() != BuiltinFunction.COALESCE);
        if (!strict) {
            return e;
        }
        for (Expr child : e.children()) {
            if (child instanceof Literal l && l.isNull()) {
                return Literal.nullOf(e.type());
            }
        }
        return allConstant(e) ? evaluate(e) : e;
    }

    private static Expr simplifyCase(Case c) {
        List<Case.When> kept = new ArrayList<>();
        for (Case.When w : c.branches()) {
            if (w.condition() instanceof Literal l && !l.is(true)) {
                continue;
            }
            if (w.condition() instanceof Literal l && l.is(true) && kept.isEmpty()) {
                return w.value();
            }
            kept.add(w);
            if (w.condition() instanceof Literal) {
                break;
            }
        }
        if (kept.isEmpty()) {
            return c.otherwise();
        }
        return kept.size() == c.branches().size() ? c : new Case(kept, c.otherwise(), c.type());
    }

    private static boolean allConstant(Expr e) {
        return e.children().stream().allMatch(x -> x instanceof Literal);
    }

    private static Expr evaluate(Expr e) {
        try {
            return Evaluator.literal(EVALUATOR.eval(e, new Object[0]), e.type());
        } catch (RuntimeException runtimeError) {
            return e;
        }
    }
}
