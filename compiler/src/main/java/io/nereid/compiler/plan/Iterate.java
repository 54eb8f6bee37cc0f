package io.nereid.compiler.plan;

import io.nereid.compiler.types.Schema;
import java.util.List;
import java.util.Objects;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.types.ScalarKind;
import java.util.Optional;

/**
 * A loop: the variable ({@link LoopVariable} with this {@code loopId}) starts as {@code init};
 * each round replaces it with {@code body}; it stops after {@code times} rounds (a long
 * constant or a parameter), or when a round changes nothing ({@code times} empty: until fixpoint). Loops nest; loop ids are unique in a
 * program. The schema is the init's (the analyzer checked that the body's is assignable to it).
 */
public record Iterate(int loopId, String variable, Plan init, Plan body, Optional<Expr> times) implements Plan {
    public Iterate {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(init, "init");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(times, "times");
        if (times.isPresent() && (times.get().type().kind() != ScalarKind.LONG || times.get().type().nullable()
                || !io.nereid.compiler.plan.expr.Exprs.isClosed(times.get()))) {
            throw new IllegalArgumentException("the number of rounds must be a non-null long constant or param: " + times.get());
        }
    }

    @Override
    public Schema schema() {
        return init.schema();
    }

    @Override
    public List<Plan> inputs() {
        return List.of(init, body);
    }

    @Override
    public Plan withInputs(List<Plan> inputs) {
        return new Iterate(loopId, variable, inputs.get(0), inputs.get(1), times);
    }

    public boolean isFixpoint() {
        return times.isEmpty();
    }
}
