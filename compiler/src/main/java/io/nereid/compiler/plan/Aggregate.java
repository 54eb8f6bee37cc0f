package io.nereid.compiler.plan;

import io.nereid.compiler.types.Field;
import io.nereid.compiler.types.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Groups the input rows by the key expressions and computes the aggregates of each group.
 * The output row is the keys followed by the aggregates. {@code having} is a {@link Filter}
 * above it.
 */
public record Aggregate(Plan input, List<NamedExpr> keys, List<AggregateCall> aggregates) implements Plan {
    public Aggregate {
        Objects.requireNonNull(input, "input");
        keys = List.copyOf(Objects.requireNonNull(keys, "keys"));
        aggregates = List.copyOf(Objects.requireNonNull(aggregates, "aggregates"));
    }

    @Override
    public Schema schema() {
        List<Field> fields = new ArrayList<>();
        keys.forEach(k -> fields.add(k.field()));
        aggregates.forEach(a -> fields.add(a.field()));
        return new Schema(fields);
    }

    @Override
    public List<Plan> inputs() {
        return List.of(input);
    }

    @Override
    public Plan withInputs(List<Plan> inputs) {
        return new Aggregate(inputs.get(0), keys, aggregates);
    }
}
