package io.nereid.compiler.plan;

import io.nereid.compiler.types.Schema;
import java.util.List;
import java.util.Objects;

/** Reads a declared input ({@code input edges : (src: long, dst: long)}). */
public record Scan(String input, Schema schema) implements Plan {
    public Scan {
        Objects.requireNonNull(input, "input");
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
