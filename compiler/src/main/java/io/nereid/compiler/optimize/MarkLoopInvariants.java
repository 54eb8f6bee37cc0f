package io.nereid.compiler.optimize;

import io.nereid.compiler.plan.Iterate;
import io.nereid.compiler.plan.LoopInvariant;
import io.nereid.compiler.plan.Plan;
import io.nereid.compiler.plan.Plans;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Marks, inside the body of every loop, each largest sub-plan that does not depend on the loop
 * variable (nor on a loop nested in the body) with {@link LoopInvariant}: it is computed and
 * indexed once, outside the loop, and only the loop variable flows around the cycle (PageRank's
 * {@code edges ⋈ degree}). A sub-plan may depend on the variables of enclosing loops: it is then
 * hoisted out of the inner loop only. Idempotent.
 */
public final class MarkLoopInvariants implements Rule {
    @Override
    public Plan apply(Plan root) {
        return visit(root, Set.of());
    }

    private Plan visit(Plan node, Set<Integer> enclosing) {
        if (node instanceof Iterate it) {
            Plan init = visit(it.init(), enclosing);
            Set<Integer> inner = new HashSet<>(enclosing);
            inner.add(it.loopId());
            Plan body = visit(mark(it.body(), it.loopId(), enclosing), inner);
            return new Iterate(it.loopId(), it.variable(), init, body, it.times());
        }
        List<Plan> inputs = node.inputs();
        if (inputs.isEmpty()) {
            return node;
        }
        return node.withInputs(inputs.stream().map(in -> visit(in, enclosing)).toList());
    }

    private Plan mark(Plan node, int loop, Set<Integer> enclosing) {
        if (node instanceof LoopInvariant inv && (inv.loopId() == loop || enclosing.contains(inv.loopId()))) {
            return node;
        }
        if (enclosing.containsAll(Plans.freeLoopVariables(node))) {
            return new LoopInvariant(strip(node, enclosing), loop);
        }
        List<Plan> inputs = node.inputs();
        return inputs.isEmpty() ? node : node.withInputs(inputs.stream().map(in -> mark(in, loop, enclosing)).toList());
    }

    /** Removes markers of this loop and of loops inside it: the hoisted sub-plan is outside them all. */
    private static Plan strip(Plan node, Set<Integer> enclosing) {
        return Plans.transformUp(node, n -> n instanceof LoopInvariant inv && !enclosing.contains(inv.loopId()) ? inv.input() : n);
    }
}
