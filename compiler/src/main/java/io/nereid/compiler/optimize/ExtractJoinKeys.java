package io.nereid.compiler.optimize;

import io.nereid.compiler.plan.Filter;
import io.nereid.compiler.plan.Join;
import io.nereid.compiler.plan.JoinKind;
import io.nereid.compiler.plan.Plan;
import io.nereid.compiler.plan.expr.Binary;
import io.nereid.compiler.plan.expr.BinaryOp;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.plan.expr.Exprs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Equalities between the two sides in a filter above an inner join become join keys: a cross
 * product ({@code from a in x from b in y where a.k == b.k}) turns into an equi-join, and extra
 * equalities make a composite key.
 */
public final class ExtractJoinKeys extends LocalRule {
    @Override
    protected Optional<Plan> rewrite(Plan node) {
        if (!(node instanceof Filter f) || !(f.input() instanceof Join j) || j.kind() != JoinKind.INNER) {
            return Optional.empty();
        }
        int leftWidth = j.left().schema().size();
        int width = j.schema().size();
        List<Expr> leftKeys = new ArrayList<>(j.leftKeys());
        List<Expr> rightKeys = new ArrayList<>(j.rightKeys());
        List<Expr> rest = new ArrayList<>();
        for (Expr c : Exprs.conjuncts(f.condition())) {
            if (c instanceof Binary b && b.op() == BinaryOp.EQ && !Exprs.isClosed(b.left()) && !Exprs.isClosed(b.right())) {
                if (Exprs.readsOnly(b.left(), 0, leftWidth) && Exprs.readsOnly(b.right(), leftWidth, width)) {
                    leftKeys.add(b.left());
                    rightKeys.add(Exprs.shift(b.right(), -leftWidth));
                    continue;
                }
                if (Exprs.readsOnly(b.right(), 0, leftWidth) && Exprs.readsOnly(b.left(), leftWidth, width)) {
                    leftKeys.add(b.right());
                    rightKeys.add(Exprs.shift(b.left(), -leftWidth));
                    continue;
                }
            }
            rest.add(c);
        }
        if (leftKeys.size() == j.leftKeys().size()) {
            return Optional.empty();
        }
        Plan joined = new Join(j.left(), j.right(), JoinKind.INNER, leftKeys, rightKeys);
        return Optional.of(rest.isEmpty() ? joined : new Filter(joined, Exprs.and(rest)));
    }
}
