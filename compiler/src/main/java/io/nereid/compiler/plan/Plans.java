package io.nereid.compiler.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/** Traversals over plans: bottom-up rewriting (shared subtrees rewritten once) and loop-variable analysis. */
public final class Plans {
    private Plans() {
    }

    /**
     * Rewrites bottom-up: the inputs first, then {@code f} on the rebuilt node. A sub-plan object
     * reached twice (a {@code let} read twice) is rewritten once and stays shared.
     */
    public static Plan transformUp(Plan root, UnaryOperator<Plan> f) {
        return transformUp(root, f, new IdentityHashMap<>());
    }

    private static Plan transformUp(Plan node, UnaryOperator<Plan> f, Map<Plan, Plan> memo) {
        Plan done = memo.get(node);
        if (done != null) {
            return done;
        }
        List<Plan> inputs = node.inputs();
        Plan rebuilt = node;
        if (!inputs.isEmpty()) {
            List<Plan> mapped = new ArrayList<>(inputs.size());
            boolean changed = false;
            for (Plan in : inputs) {
                Plan m = transformUp(in, f, memo);
                changed |= m != in;
                mapped.add(m);
            }
            if (changed) {
                rebuilt = node.withInputs(mapped);
            }
        }
        Plan result = f.apply(rebuilt);
        memo.put(node, result);
        return result;
    }

    /** The loop ids of the loop variables read inside {@code plan} whose Iterate is not inside it. */
    public static Set<Integer> freeLoopVariables(Plan plan) {
        return free(plan, new IdentityHashMap<>());
    }

    /** The same, sharing a memo (keyed by object identity) across calls on parts of one plan. */
    public static Set<Integer> freeLoopVariables(Plan plan, Map<Plan, Set<Integer>> memo) {
        return free(plan, memo);
    }

    private static Set<Integer> free(Plan node, Map<Plan, Set<Integer>> memo) {
        Set<Integer> cached = memo.get(node);
        if (cached != null) {
            return cached;
        }
        Set<Integer> out = new TreeSet<>();
        if (node instanceof LoopVariable v) {
            out.add(v.loopId());
        }
        for (Plan in : node.inputs()) {
            out.addAll(free(in, memo));
        }
        if (node instanceof Iterate it) {
            out.remove(it.loopId());
        }
        memo.put(node, out);
        return out;
    }

    /** The plan with its inputs replaced, or the plan itself when every input is the same object. */
    public static Plan withInputsIfChanged(Plan node, List<Plan> inputs) {
        List<Plan> old = node.inputs();
        for (int i = 0; i < old.size(); i++) {
            if (old.get(i) != inputs.get(i)) {
                return node.withInputs(inputs);
            }
        }
        return node;
    }

    /** The number of distinct (by value) nodes in the plan. */
    public static int distinctNodes(Plan root) {
        Map<Plan, Boolean> seen = new HashMap<>();
        count(root, seen);
        return seen.size();
    }

    private static void count(Plan node, Map<Plan, Boolean> seen) {
        if (seen.putIfAbsent(node, Boolean.TRUE) == null) {
            node.inputs().forEach(in -> count(in, seen));
        }
    }
}
