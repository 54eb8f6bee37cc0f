package io.nereid.compiler.optimize;

import io.nereid.compiler.plan.Plan;

/** An optimizer rule: rewrites a plan into an equivalent one (returns it unchanged when it does not apply). */
public interface Rule {
    /** The rule's name, as printed by explain ({@code MergeFilters}). */
    default String name() {
        return getClass().getSimpleName();
    }

    /** The rewritten plan. */
    Plan apply(Plan root);
}
