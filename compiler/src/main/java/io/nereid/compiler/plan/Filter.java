package io.nereid.compiler.plan;

import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.types.Schema;
import java.util.List;
import java.util.Objects;

/** Keeps the rows for which the condition is true (a null condition drops the row). */
public record Filter(Plan input, Expr condition) implements Plan {
    public Filter {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(condition, "condition");
    }

    @Override
    public Schema schema() {
        return input.schema();
    }

    @Override
    public List<Plan> inputs() {
        return List.of(input);
    }

    @Override
    public Plan withInputs(List<Plan> inputs) {
        return new Filter(inputs.get(0), condition);
    }
}
