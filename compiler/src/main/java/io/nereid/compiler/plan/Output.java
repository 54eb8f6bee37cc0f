package io.nereid.compiler.plan;

import io.nereid.compiler.types.Schema;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A sink: the rows of {@code input} are a result of the program named {@code name}, written to
 * {@code destination} when the program gives one ({@code output reach to "reach.csv"}), else
 * wherever the run binds it (stdout by default).
 */
public record Output(String name, Plan input, Optional<String> destination) implements Plan {
    public Output {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(destination, "destination");
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
        return new Output(name, inputs.get(0), destination);
    }
}
