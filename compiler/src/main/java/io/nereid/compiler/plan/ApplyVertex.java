package io.nereid.compiler.plan;

import io.nereid.compiler.plan.expr.ExprPrinter;
import io.nereid.compiler.plan.expr.Literal;
import io.nereid.compiler.types.Schema;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * {@code r.apply(MyVertex, args...)}: runs a user's Java vertex (a class implementing
 * {@code io.nereid.operators.custom.CustomVertex}, imported with {@code import java}) on the rows
 * of {@code input}. The vertex is built with {@code arguments} (constants), produces rows of
 * {@code output} (declared by the class), and sees the rows partitioned by the input columns
 * {@code partitionBy} (empty: each worker's vertex sees the rows of its own worker).
 */
public record ApplyVertex(Plan input, String className, List<Literal> arguments, Schema output,
        List<Integer> partitionBy) implements Plan {
    public ApplyVertex {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(className, "className");
        arguments = List.copyOf(Objects.requireNonNull(arguments, "arguments"));
        Objects.requireNonNull(output, "output");
        partitionBy = List.copyOf(Objects.requireNonNull(partitionBy, "partitionBy"));
    }

    @Override
    public Schema schema() {
        return output;
    }

    @Override
    public List<Plan> inputs() {
        return List.of(input);
    }

    @Override
    public Plan withInputs(List<Plan> inputs) {
        return new ApplyVertex(inputs.get(0), className, arguments, output, partitionBy);
    }

    /** {@code Apply[com.acme.Dedup(3L), by #0]}, the printout's description. */
    public String label() {
        String args = arguments.stream().map(ExprPrinter::literal).collect(Collectors.joining(", ", "(", ")"));
        String by = partitionBy.isEmpty() ? "" : ", by " + partitionBy.stream().map(i -> "#" + i)
                .collect(Collectors.joining(", "));
        return "Apply[" + className + args + by + "]";
    }
}
