package io.nereid.compiler.optimize;

import io.nereid.compiler.plan.Filter;
import io.nereid.compiler.plan.Plan;
import io.nereid.compiler.plan.expr.Exprs;
import java.util.Optional;

/** {@code Filter(Filter(x, a), b)} becomes {@code Filter(x, a and b)}: one pass over the rows instead of two. */
public final class MergeFilters extends LocalRule {
    @Override
    protected Optional<Plan> rewrite(Plan node) {
        if (node instanceof Filter outer && outer.input() instanceof Filter inner) {
            return Optional.of(new Filter(inner.input(), Exprs.and(inner.condition(), outer.condition())));
        }
        return Optional.empty();
    }
}
