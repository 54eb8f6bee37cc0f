package io.nereid.compiler.optimize;

import io.nereid.compiler.plan.Iterate;
import io.nereid.compiler.plan.LoopInvariant;
import io.nereid.compiler.plan.Plan;
import io.nereid.compiler.plan.Plans;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Marks, inside the body of every loop, each largest sub-plan that does not depend on the loop
 * variable (nor on a loop nested in the body) with {@link LoopInvariant}: it is computed and
 * indexed once, outside the loop, and only the loop variable flows around the cycle (PageRank's
 * {@code edges ⋈ degree}). A sub-plan may depend on the variables of enclosing loops: it is then
 * hoisted out of the inner loop only. Idempotent; a shared sub-plan stays shared.
 */
public final class MarkLoopInvariants implements Rule {
    @Override
    public Plan apply(Plan root) {
        return new Pass().visit(root, Set.of());
    }

    /** One application, memoized by object identity so that a shared sub-plan is handled once. */
    private static final class Pass {
        private final Map<Set<Integer>, Map<Plan, Plan>> visited = new HashMap<>();
        private final Map<Integer, Map<Plan, Plan>> marked = new HashMap<>();
        private final Map<Plan, Set<Integer>> free = new IdentityHashMap<>();

        Plan visit(Plan node, Set<Integer> enclosing) {
            Map<Plan, Plan> memo = visited.computeIfAbsent(enclosing, k -> new IdentityHashMap<>());
            Plan done = memo.get(node);
            if (done == null) {
                done = visitOnce(node, enclosing);
                memo.put(node, done);
            }
            return done;
        }

        private Plan visitOnce(Plan node, Set<Integer> enclosing) {
            if (node instanceof Iterate it) {
                Plan init = visit(it.init(), enclosing);
                Set<Integer> inner = new HashSet<>(enclosing);
                inner.add(it.loopId());
                Plan body = visit(mark(it.body(), it.loopId(), enclosing), Set.copyOf(inner));
                return init == it.init() && body == it.body() ? it
                        : new Iterate(it.loopId(), it.variable(), init, body, it.times());
            }
            List<Plan> inputs = node.inputs();
            if (inputs.isEmpty()) {
                return node;
            }
            return Plans.withInputsIfChanged(node, inputs.stream().map(in -> visit(in, enclosing)).toList());
        }

        /** The body of loop {@code loop} (enclosed by the loops {@code enclosing}) with its invariant parts marked. */
        private Plan mark(Plan node, int loop, Set<Integer> enclosing) {
            Map<Plan, Plan> memo = marked.computeIfAbsent(loop, k -> new IdentityHashMap<>());
            Plan done = memo.get(node);
            if (done == null) {
                done = markOnce(node, loop, enclosing);
                memo.put(node, done);
            }
            return done;
        }

        private Plan markOnce(Plan node, int loop, Set<Integer> enclosing) {
            if (node instanceof LoopInvariant inv && (inv.loopId() == loop || enclosing.contains(inv.loopId()))) {
                return node;
            }
            if (enclosing.containsAll(Plans.freeLoopVariables(node, free))) {
                return new LoopInvariant(strip(node, enclosing), loop);
            }
            List<Plan> inputs = node.inputs();
            return inputs.isEmpty() ? node
                    : Plans.withInputsIfChanged(node, inputs.stream().map(in -> mark(in, loop, enclosing)).toList());
        }
    }

    /** Removes markers of this loop and of loops inside it: the hoisted sub-plan is outside them all. */
    private static Plan strip(Plan node, Set<Integer> enclosing) {
        return Plans.transformUp(node, n -> n instanceof LoopInvariant inv && !enclosing.contains(inv.loopId()) ? inv.input() : n);
    }
}
