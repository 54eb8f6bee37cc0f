package io.nereid.compiler.optimize;

import io.nereid.compiler.plan.Distinct;
import io.nereid.compiler.plan.Filter;
import io.nereid.compiler.plan.Plan;
import io.nereid.compiler.plan.SetOperation;
import java.util.Optional;

/**
 * A filter above concat, union, intersect, except or distinct applies to both inputs (or the one
 * input) instead: each of these keeps or drops whole rows, so filtering before or after gives the
 * same rows, and rows dropped early are never exchanged. Not yet in {@link Optimizer#standard()}:
 * enabling it changes the physical plans that code-generation goldens hold (reachability's root
 * filter would move into both sides of the union of nodes).
 */
public final class PushFilterThroughSetOperation extends LocalRule {
    @Override
    protected Optional<Plan> rewrite(Plan node) {
        if (!(node instanceof Filter f)) {
            return Optional.empty();
        }
        if (f.input() instanceof Distinct d) {
            return Optional.of(new Distinct(new Filter(d.input(), f.condition())));
        }
        if (f.input() instanceof SetOperation s) {
            return Optional.of(new SetOperation(s.kind(), new Filter(s.left(), f.condition()),
                    new Filter(s.right(), f.condition())));
        }
        return Optional.empty();
    }
}
