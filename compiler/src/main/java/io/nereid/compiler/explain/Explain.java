package io.nereid.compiler.explain;

import io.nereid.compiler.Frontend;
import io.nereid.compiler.plan.DotWriter;
import io.nereid.compiler.plan.LogicalPlan;
import java.util.Objects;

/**
 * What {@code nq explain} shows: the logical plan as written and after optimization (with the
 * rules that fired), in the canonical printout; and Graphviz DOT of a plan.
 */
public final class Explain {
    private Explain() {
    }

    /** The before/after printout of a compiled program. */
    public static String text(Frontend.Result result) {
        Objects.requireNonNull(result, "result");
        StringBuilder sb = new StringBuilder();
        sb.append("== logical plan: ").append(result.source().name()).append(" ==\n");
        sb.append(result.plan().print());
        sb.append("\n== optimized logical plan ==\n");
        sb.append("rules applied: ").append(result.appliedRules().isEmpty() ? "none"
                : String.join(", ", result.appliedRules())).append('\n');
        sb.append(result.optimized().print());
        return sb.toString();
    }

    /** Graphviz DOT of a plan ({@code dot -Tsvg}). */
    public static String dot(LogicalPlan plan) {
        return DotWriter.write(Objects.requireNonNull(plan, "plan"));
    }
}
