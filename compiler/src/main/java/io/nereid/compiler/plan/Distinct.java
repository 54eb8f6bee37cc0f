package io.nereid.compiler.plan;

import io.nereid.compiler.types.Schema;
import java.util.List;
import java.util.Objects;

/** Removes duplicate rows. */
public record Distinct(Plan input) implements Plan {
    public Distinct {
        Objects.requireNonNull(input, "input");
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
        return new Distinct(inputs.get(0));
    }
}
