package io.nereid.compiler.plan;

import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.types.Schema;
import java.util.List;
import java.util.Objects;

/**
 * {@code r.threshold(n)}: per time, each distinct row of the input that occurs at least {@code n}
 * times, once, emitted as soon as its n-th copy arrives (the Threshold vertex of the Naiad
 * framework post). {@code count} is a long literal of at least 1 or a long param.
 */
public record Threshold(Plan input, Expr count) implements Plan {
    public Threshold {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(count, "count");
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
        return new Threshold(inputs.get(0), count);
    }
}
