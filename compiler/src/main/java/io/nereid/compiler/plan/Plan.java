package io.nereid.compiler.plan;

import io.nereid.compiler.types.Schema;
import java.util.List;

/**
 * A node of the logical plan: relational algebra plus {@link Iterate}. Nodes are immutable
 * records compared by value, so a relation used twice (a {@code let} read by two queries) is two
 * equal subtrees; printouts show it once. Every node knows the schema of its rows.
 */
public sealed interface Plan
        permits Scan, LoopVariable, Project, Filter, FlatMap, Join, SemiJoin, Aggregate, Distinct, SetOperation,
        OrderBy, Iterate, LoopInvariant, Output, Threshold, ApplyVertex {
    /** The schema of the rows this node produces. */
    Schema schema();

    /** The input plans, in order ({@link Iterate}: init, then body). */
    List<Plan> inputs();

    /** This node over other inputs (same number, compatible schemas). */
    Plan withInputs(List<Plan> inputs);

    /** The one-line description used by printouts: {@code Filter[(n#1 >= 5L)]}. */
    default String describe() {
        return PlanPrinter.describe(this);
    }
}
