package io.nereid.compiler.plan;

import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.types.Field;
import io.nereid.compiler.types.ScalarType;
import io.nereid.compiler.types.Schema;
import io.nereid.compiler.types.TableFunction;
import java.util.List;
import java.util.Objects;

/**
 * Select-many over a table function: for each input row, one output row per value the function
 * yields, holding the input's columns followed by the value (named {@code name}).
 */
public record FlatMap(Plan input, TableFunction function, List<Expr> arguments, String name, ScalarType elementType)
        implements Plan {
    public FlatMap {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(function, "function");
        arguments = List.copyOf(Objects.requireNonNull(arguments, "arguments"));
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(elementType, "elementType");
    }

    @Override
    public Schema schema() {
        return input.schema().concat(Schema.of(new Field(name, elementType)));
    }

    @Override
    public List<Plan> inputs() {
        return List.of(input);
    }

    @Override
    public Plan withInputs(List<Plan> inputs) {
        return new FlatMap(inputs.get(0), function, arguments, name, elementType);
    }
}
