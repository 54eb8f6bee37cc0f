package io.nereid.compiler.physical;

import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.types.ScalarType;
import io.nereid.compiler.types.TableFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One stateless operator of a stage's fused chain. Expressions read the columns of the row the
 * operator receives (the entry's output row, then each operator's output in turn).
 */
public sealed interface ChainOp {
    /** The column types of the row this operator produces from a row of {@code in}. */
    List<ScalarType> output(List<ScalarType> in);

    /** Keeps the rows for which the condition is true. */
    record FilterOp(Expr condition) implements ChainOp {
        public FilterOp {
            Objects.requireNonNull(condition, "condition");
        }

        @Override
        public List<ScalarType> output(List<ScalarType> in) {
            return in;
        }
    }

    /** Replaces the row with the values of the expressions. */
    record ProjectOp(List<Expr> columns) implements ChainOp {
        public ProjectOp {
            columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        }

        @Override
        public List<ScalarType> output(List<ScalarType> in) {
            return columns.stream().map(Expr::type).toList();
        }
    }

    /** Select-many: one row per value of the table function, the row's columns followed by the value. */
    record FlatMapOp(TableFunction function, List<Expr> arguments, ScalarType elementType) implements ChainOp {
        public FlatMapOp {
            Objects.requireNonNull(function, "function");
            arguments = List.copyOf(Objects.requireNonNull(arguments, "arguments"));
            Objects.requireNonNull(elementType, "elementType");
        }

        @Override
        public List<ScalarType> output(List<ScalarType> in) {
            List<ScalarType> out = new ArrayList<>(in);
            out.add(elementType);
            return out;
        }
    }
}
