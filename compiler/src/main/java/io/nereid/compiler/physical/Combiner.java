package io.nereid.compiler.physical;

import io.nereid.compiler.plan.AggregateCall;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.types.AggregateFunction;
import io.nereid.compiler.types.ScalarKind;
import io.nereid.compiler.types.ScalarType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The exit of a stage that feeds an aggregate through an exchange: it groups each batch's rows
 * by the key expressions and sends one partial row per group (keys, then the partial state of
 * each aggregate) instead of every row. The partial state of {@code count} is a long, of
 * {@code sum} the sum, of {@code min}/{@code max} the extreme, of {@code avg} a sum and a count;
 * a sum, min or max of a nullable argument also counts the non-null values (nulls are skipped,
 * and the result is null when there were none).
 */
public record Combiner(List<Expr> keys, List<AggregateCall> aggregates) {
    public Combiner {
        keys = List.copyOf(Objects.requireNonNull(keys, "keys"));
        aggregates = List.copyOf(Objects.requireNonNull(aggregates, "aggregates"));
    }

    /** The column types of a partial row. */
    public List<ScalarType> partialRow() {
        List<ScalarType> row = new ArrayList<>();
        keys.forEach(k -> row.add(k.type()));
        aggregates.forEach(a -> row.addAll(partialColumns(a)));
        return row;
    }

    /** The columns of one aggregate's partial state. */
    public static List<ScalarType> partialColumns(AggregateCall call) {
        if (call.function() == AggregateFunction.AVG) {
            return List.of(ScalarType.DOUBLE, ScalarType.LONG);
        }
        if (call.function() == AggregateFunction.COUNT) {
            return List.of(ScalarType.LONG);
        }
        ScalarType value = call.function() == AggregateFunction.SUM ? sumType(call) : call.type().asNonNull();
        // With a nullable argument (nulls are skipped) a count of the values seen says whether there was any.
        return call.type().nullable() ? List.of(value, ScalarType.LONG) : List.of(value);
    }

    /** The type a sum accumulates in: long for integral arguments, double otherwise. */
    public static ScalarType sumType(AggregateCall call) {
        return call.type().kind() == ScalarKind.DOUBLE ? ScalarType.DOUBLE : ScalarType.LONG;
    }
}
