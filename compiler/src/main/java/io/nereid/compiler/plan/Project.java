package io.nereid.compiler.plan;

import io.nereid.compiler.types.Schema;
import java.util.List;
import java.util.Objects;

/** Computes new rows from each input row (select / map). */
public record Project(Plan input, List<NamedExpr> columns) implements Plan {
    public Project {
        Objects.requireNonNull(input, "input");
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
    }

    @Override
    public Schema schema() {
        return new Schema(columns.stream().map(NamedExpr::field).toList());
    }

    @Override
    public List<Plan> inputs() {
        return List.of(input);
    }

    @Override
    public Plan withInputs(List<Plan> inputs) {
        return new Project(inputs.get(0), columns);
    }
}
