package io.nereid.compiler.optimize;

import io.nereid.compiler.plan.Filter;
import io.nereid.compiler.plan.Plan;
import io.nereid.compiler.plan.expr.Literal;
import java.util.Optional;

/**
 * Folds the constant parts of every expression of the plan (see {@link ConstantFolder}) and
 * removes filters whose condition became {@code true}.
 */
public final class FoldConstants extends LocalRule {
    @Override
    protected Optional<Plan> rewrite(Plan node) {
        Plan folded = PlanExprs.map(node, ConstantFolder::fold);
        if (folded instanceof Filter f && f.condition() instanceof Literal l && l.is(true)) {
            return Optional.of(f.input());
        }
        return folded.equals(node) ? Optional.empty() : Optional.of(folded);
    }
}
