package io.nereid.compiler.plan;

import io.nereid.compiler.types.Schema;
import java.util.List;
import java.util.Objects;

/**
 * Marks a sub-plan inside the body of loop {@code loopId} that does not depend on the loop
 * variable: it is computed (and, when a join consumes it, exchanged and indexed) once, outside
 * the loop, and entered into the loop unchanged every round. Placed by MarkLoopInvariants.
 */
public record LoopInvariant(Plan input, int loopId) implements Plan {
    public LoopInvariant {
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
        return new LoopInvariant(inputs.get(0), loopId);
    }
}
