package io.nereid.compiler.optimize;

import io.nereid.compiler.plan.Filter;
import io.nereid.compiler.plan.LoopInvariant;
import io.nereid.compiler.plan.Plan;
import java.util.Optional;

/**
 * A filter inside a loop over a loop-invariant input, {@code Filter(LoopInvariant(x), c)},
 * becomes {@code LoopInvariant(Filter(x, c))}: it is evaluated once, outside the loop, rather
 * than every round (its condition reads only the invariant row and parameters).
 */
public final class PushFilterOutOfLoop extends LocalRule {
    @Override
    protected Optional<Plan> rewrite(Plan node) {
        if (node instanceof Filter f && f.input() instanceof LoopInvariant inv) {
            return Optional.of(new LoopInvariant(new Filter(inv.input(), f.condition()), inv.loopId()));
        }
        return Optional.empty();
    }
}
