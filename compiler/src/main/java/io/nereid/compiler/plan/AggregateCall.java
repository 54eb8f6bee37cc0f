package io.nereid.compiler.plan;

import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.types.AggregateFunction;
import io.nereid.compiler.types.Field;
import io.nereid.compiler.types.ScalarType;
import java.util.Objects;
import java.util.Optional;

/**
 * One aggregate of a group: the function, its argument over the input row (none for
 * {@code count}), the output column's name and type.
 */
public record AggregateCall(String name, AggregateFunction function, Optional<Expr> argument, ScalarType type) {
    public AggregateCall {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(argument, "argument");
        Objects.requireNonNull(type, "type");
        if (argument.isEmpty() && function != AggregateFunction.COUNT) {
            throw new IllegalArgumentException(function.nqName() + " needs an argument");
        }
    }

    public Field field() {
        return new Field(name, type);
    }

    /** This call with another argument expression (after the input changed). */
    public AggregateCall withArgument(Optional<Expr> newArgument) {
        return new AggregateCall(name, function, newArgument, type);
    }

    @Override
    public String toString() {
        return name + " := " + function.nqName() + "(" + argument.map(Expr::print).orElse("*") + ")";
    }
}
