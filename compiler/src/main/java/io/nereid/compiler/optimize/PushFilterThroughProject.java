package io.nereid.compiler.optimize;

import io.nereid.compiler.plan.Filter;
import io.nereid.compiler.plan.NamedExpr;
import io.nereid.compiler.plan.Plan;
import io.nereid.compiler.plan.Project;
import io.nereid.compiler.plan.expr.Exprs;
import java.util.Optional;

/**
 * {@code Filter(Project(x, cols), c)} becomes {@code Project(Filter(x, c'), cols)} where
 * {@code c'} reads the projected expressions directly: rows are dropped before they are built,
 * and the filter can travel further down (into joins, out of loops).
 */
public final class PushFilterThroughProject extends LocalRule {
    @Override
    protected Optional<Plan> rewrite(Plan node) {
        if (node instanceof Filter f && f.input() instanceof Project p) {
            var inlined = Exprs.substitute(f.condition(), p.columns().stream().map(NamedExpr::expr).toList());
            return Optional.of(new Project(new Filter(p.input(), inlined), p.columns()));
        }
        return Optional.empty();
    }
}
