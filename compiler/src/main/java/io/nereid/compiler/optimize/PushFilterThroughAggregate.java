package io.nereid.compiler.optimize;

import io.nereid.compiler.plan.Aggregate;
import io.nereid.compiler.plan.Filter;
import io.nereid.compiler.plan.NamedExpr;
import io.nereid.compiler.plan.Plan;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.plan.expr.Exprs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The conjuncts of a filter above an aggregate that read only the group keys
 * ({@code having g.key > 10}) move below it, rewritten over the key expressions: whole groups
 * are dropped before their rows are exchanged and aggregated.
 */
public final class PushFilterThroughAggregate extends LocalRule {
    @Override
    protected Optional<Plan> rewrite(Plan node) {
        if (!(node instanceof Filter f) || !(f.input() instanceof Aggregate a) || a.keys().isEmpty()) {
            return Optional.empty();
        }
        List<Expr> keyExprs = a.keys().stream().map(NamedExpr::expr).toList();
        List<Expr> below = new ArrayList<>();
        List<Expr> stay = new ArrayList<>();
        for (Expr c : Exprs.conjuncts(f.condition())) {
            if (!Exprs.isClosed(c) && Exprs.readsOnly(c, 0, a.keys().size())) {
                below.add(Exprs.substitute(c, keyExprs));
            } else {
                stay.add(c);
            }
        }
        if (below.isEmpty()) {
            return Optional.empty();
        }
        Plan pushed = new Aggregate(new Filter(a.input(), Exprs.and(below)), a.keys(), a.aggregates());
        return Optional.of(stay.isEmpty() ? pushed : new Filter(pushed, Exprs.and(stay)));
    }
}
