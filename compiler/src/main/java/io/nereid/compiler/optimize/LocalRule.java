package io.nereid.compiler.optimize;

import io.nereid.compiler.plan.Plan;
import io.nereid.compiler.plan.Plans;
import java.util.Optional;

/** A rule that looks at one node at a time, applied bottom-up to every node of the plan. */
public abstract class LocalRule implements Rule {
    /** The replacement of {@code node}, or empty when the rule does not apply to it. */
    protected abstract Optional<Plan> rewrite(Plan node);

    @Override
    public final Plan apply(Plan root) {
        return Plans.transformUp(root, n -> rewrite(n).orElse(n));
    }
}
