package io.nereid.compiler.plan;

import io.nereid.compiler.types.Schema;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Orders the rows of each epoch by the keys and, with a limit ({@code take n}), keeps the first
 * {@code n}: top-k per epoch.
 */
public record OrderBy(Plan input, List<SortKey> keys, OptionalLong limit) implements Plan {
    public OrderBy {
        Objects.requireNonNull(input, "input");
        keys = List.copyOf(Objects.requireNonNull(keys, "keys"));
        Objects.requireNonNull(limit, "limit");
        if (limit.isPresent() && limit.getAsLong() < 0) {
            throw new IllegalArgumentException("negative limit " + limit.getAsLong());
        }
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
        return new OrderBy(inputs.get(0), keys, limit);
    }
}
