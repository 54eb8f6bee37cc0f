package io.nereid.compiler.plan;

import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.types.Schema;
import java.util.List;
import java.util.Objects;

/**
 * An equi-join on composite keys: {@code leftKeys[i] == rightKeys[i]} for every i, each key an
 * expression over its own side's row. No keys is a cross product. The output row is the left
 * row followed by the right row (nullable after a left outer join).
 */
public record Join(Plan left, Plan right, JoinKind kind, List<Expr> leftKeys, List<Expr> rightKeys) implements Plan {
    public Join {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(kind, "kind");
        leftKeys = List.copyOf(Objects.requireNonNull(leftKeys, "leftKeys"));
        rightKeys = List.copyOf(Objects.requireNonNull(rightKeys, "rightKeys"));
        if (leftKeys.size() != rightKeys.size()) {
            throw new IllegalArgumentException("join keys differ in number: " + leftKeys + " vs " + rightKeys);
        }
    }

    @Override
    public Schema schema() {
        Schema r = right.schema();
        return left.schema().concat(kind == JoinKind.LEFT ? r.asNullable() : r);
    }

    @Override
    public List<Plan> inputs() {
        return List.of(left, right);
    }

    @Override
    public Plan withInputs(List<Plan> inputs) {
        return new Join(inputs.get(0), inputs.get(1), kind, leftKeys, rightKeys);
    }

    /** True for a cross product (no key). */
    public boolean isCross() {
        return leftKeys.isEmpty();
    }
}
