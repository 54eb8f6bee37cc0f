package io.nereid.compiler.plan;

import io.nereid.compiler.types.Schema;
import java.util.List;
import java.util.Objects;

/**
 * The current value of the variable of the enclosing {@link Iterate} with the same
 * {@code loopId}: the init relation in the first round, the previous round's body after.
 */
public record LoopVariable(String name, int loopId, Schema schema) implements Plan {
    public LoopVariable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schema, "schema");
    }

    @Override
    public List<Plan> inputs() {
        return List.of();
    }

    @Override
    public Plan withInputs(List<Plan> inputs) {
        return this;
    }
}
