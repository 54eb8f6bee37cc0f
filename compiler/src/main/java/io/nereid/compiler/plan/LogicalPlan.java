package io.nereid.compiler.plan;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The logical plan of a whole program: its inputs, its parameters and one {@link Output} per
 * {@code output} statement, in source order. Immutable; the optimizer returns a new one.
 */
public record LogicalPlan(List<InputDecl> inputs, List<ParamDecl> params, List<Output> outputs) {
    public LogicalPlan {
        inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
        params = List.copyOf(Objects.requireNonNull(params, "params"));
        outputs = List.copyOf(Objects.requireNonNull(outputs, "outputs"));
    }

    /** The same program with every output's plan rewritten by {@code f}. */
    public LogicalPlan mapOutputs(UnaryOperator<Plan> f) {
        return new LogicalPlan(inputs, params, outputs.stream().map(o -> (Output) f.apply(o)).toList());
    }

    /** The canonical printout (see {@link PlanPrinter}). */
    public String print() {
        return PlanPrinter.print(this);
    }
}
