package io.nereid.compiler.physical;

import java.util.Objects;

/**
 * How the loops of a physical plan nest: the depth of a scope (how many loop counters its
 * timestamps carry) and, for a loop-invariant stream entered into a loop, the depth of the scope
 * where it was computed. An invariant computed outside every loop is complete once per epoch; one
 * computed inside an enclosing loop (it reads that loop's variable) is complete once per round of
 * that loop, so a join indexes it once per such round (docs/EXECUTION.md, "Loops").
 */
public final class LoopNesting {
    private LoopNesting() {
    }

    /** The number of loop counters of the timestamps in {@code scope}: 0 for the root. */
    public static int depth(PhysicalPlan plan, int scope) {
        Objects.requireNonNull(plan, "plan");
        int depth = 0;
        for (int s = scope; s != Stage.ROOT; s = plan.loop(s).parent()) {
            depth++;
        }
        return depth;
    }

    /**
     * The depth of the scope where the stream read by {@code input} of stage {@code stageId} was
     * computed, following invariant loop entries back to their origin (the stage's own depth
     * when the input is not an invariant entry).
     */
    public static int originDepth(PhysicalPlan plan, int stageId, int input) {
        Objects.requireNonNull(plan, "plan");
        Stage s = plan.stage(plan.stage(stageId).inputs().get(input).source());
        while (s.entry() instanceof Entry.LoopEnter e && e.invariant()) {
            s = plan.stage(s.inputs().get(0).source());
        }
        return depth(plan, s.scope());
    }
}
