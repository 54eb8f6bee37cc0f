package io.nereid.compiler.physical;

import io.nereid.compiler.plan.AggregateCall;
import io.nereid.compiler.plan.expr.Expr;
import java.util.List;
import java.util.Objects;

/** What consumes the inputs of a stage, before its fused chain. */
public sealed interface Entry {
    /** A declared input of the program: a runtime input stage, fed from a row reader. */
    record Source(String input) implements Entry {
        public Source {
            Objects.requireNonNull(input, "input");
        }
    }

    /** Runs the chain on every record of its one input. */
    record Pass() implements Entry {}

    /** Bag union of its inputs (same arity; columns converted to the output types). */
    record Concat() implements Entry {}

    /**
     * Inner equi-join of input 0 (left) and input 1 (right), both partitioned on their keys: a
     * symmetric hash join per time, emitting {@code left ++ right} as soon as both rows are seen.
     */
    record HashJoin(List<Expr> leftKeys, List<Expr> rightKeys) implements Entry {
        public HashJoin {
            leftKeys = List.copyOf(Objects.requireNonNull(leftKeys, "leftKeys"));
            rightKeys = List.copyOf(Objects.requireNonNull(rightKeys, "rightKeys"));
        }
    }

    /**
     * Groups per time and emits {@code keys ++ aggregates} when the time is complete. With
     * {@code partialInput} the input rows are a {@link Combiner}'s partial rows (keys are their
     * first columns); otherwise the keys and aggregate arguments are evaluated on raw rows.
     */
    record AggregateMerge(List<Expr> keys, List<AggregateCall> aggregates, boolean partialInput) implements Entry {
        public AggregateMerge {
            keys = List.copyOf(Objects.requireNonNull(keys, "keys"));
            aggregates = List.copyOf(Objects.requireNonNull(aggregates, "aggregates"));
        }
    }

    /** Emits each distinct row once per time, on first sight. */
    record Distinct() implements Entry {}

    /** Collects the rows of a program output. */
    record Sink(String output) implements Entry {
        public Sink {
            Objects.requireNonNull(output, "output");
        }
    }
}
