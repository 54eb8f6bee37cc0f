package io.nereid.compiler.optimize;

import io.nereid.compiler.plan.Filter;
import io.nereid.compiler.plan.Join;
import io.nereid.compiler.plan.JoinKind;
import io.nereid.compiler.plan.Plan;
import io.nereid.compiler.plan.SemiJoin;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.plan.expr.Exprs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Moves the conjuncts of a filter above a join to the side whose columns they read: both sides
 * of an inner join, only the left (preserved) side of a left outer join; a filter above a
 * semi/anti-join goes to its left input. Conjuncts that read both sides stay above (and may
 * become join keys, see ExtractJoinKeys).
 */
public final class PushFilterThroughJoin extends LocalRule {
    @Override
    protected Optional<Plan> rewrite(Plan node) {
        if (!(node instanceof Filter f)) {
            return Optional.empty();
        }
        if (f.input() instanceof SemiJoin s) {
            return Optional.of(new SemiJoin(new Filter(s.left(), f.condition()), s.right(), s.leftKeys(), s.rightKeys(), s.anti()));
        }
        if (!(f.input() instanceof Join j)) {
            return Optional.empty();
        }
        int leftWidth = j.left().schema().size();
        int width = j.schema().size();
        List<Expr> toLeft = new ArrayList<>();
        List<Expr> toRight = new ArrayList<>();
        List<Expr> stay = new ArrayList<>();
        for (Expr c : Exprs.conjuncts(f.condition())) {
            if (Exprs.isClosed(c)) {
                stay.add(c);
            } else if (Exprs.readsOnly(c, 0, leftWidth)) {
                toLeft.add(c);
            } else if (j.kind() == JoinKind.INNER && Exprs.readsOnly(c, leftWidth, width)) {
                toRight.add(Exprs.shift(c, -leftWidth));
            } else {
                stay.add(c);
            }
        }
        if (toLeft.isEmpty() && toRight.isEmpty()) {
            return Optional.empty();
        }
        Plan left = toLeft.isEmpty() ? j.left() : new Filter(j.left(), Exprs.and(toLeft));
        Plan right = toRight.isEmpty() ? j.right() : new Filter(j.right(), Exprs.and(toRight));
        Plan joined = new Join(left, right, j.kind(), j.leftKeys(), j.rightKeys());
        return Optional.of(stay.isEmpty() ? joined : new Filter(joined, Exprs.and(stay)));
    }
}
