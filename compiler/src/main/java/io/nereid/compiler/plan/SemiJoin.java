package io.nereid.compiler.plan;

import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.types.Schema;
import java.util.List;
import java.util.Objects;

/**
 * Keeps the left rows that have (semi-join, {@code exists}) or do not have (anti-join,
 * {@code not exists}) a right row with equal keys. The output has the left schema.
 */
public record SemiJoin(Plan left, Plan right, List<Expr> leftKeys, List<Expr> rightKeys, boolean anti) implements Plan {
    public SemiJoin {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        leftKeys = List.copyOf(Objects.requireNonNull(leftKeys, "leftKeys"));
        rightKeys = List.copyOf(Objects.requireNonNull(rightKeys, "rightKeys"));
        if (leftKeys.size() != rightKeys.size()) {
            throw new IllegalArgumentException("semi-join keys differ in number: " + leftKeys + " vs " + rightKeys);
        }
    }

    @Override
    public Schema schema() {
        return left.schema();
    }

    @Override
    public List<Plan> inputs() {
        return List.of(left, right);
    }

    @Override
    public Plan withInputs(List<Plan> inputs) {
        return new SemiJoin(inputs.get(0), inputs.get(1), leftKeys, rightKeys, anti);
    }
}
