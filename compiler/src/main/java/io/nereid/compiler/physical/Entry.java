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
     * Inside a loop, {@code invariantSide} (0 or 1; -1 for none) is an input that is a loop
     * invariant: it arrives once, at iteration 0, is indexed once and probed at every iteration.
     * A left outer join also emits each left row without a match, with nulls on the right.
     */
    record HashJoin(List<Expr> leftKeys, List<Expr> rightKeys, int invariantSide, boolean leftOuter) implements Entry {
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

    /** Brings a stream into loop {@code loopId} (its records get counter 0); {@code invariant}: a hoisted sub-plan. */
    record LoopEnter(int loopId, boolean invariant) implements Entry {}

    /** Brings a stream of loop {@code loopId} out (the counter is dropped). */
    record LoopLeave(int loopId) implements Entry {}

    /**
     * The loop variable: input 0 is the entered init, input 1 the feedback. With {@code times}
     * N (a long: a constant, or a param read at run time), port 0 carries rounds k < N to the
     * body and port 1 round N to the exit; until fixpoint, port 0 carries every round.
     */
    record LoopHead(int loopId, java.util.Optional<Expr> times) implements Entry {
        public LoopHead {
            Objects.requireNonNull(times, "times");
        }
    }

    /**
     * Compares, per time and partition, the loop variable r_k (input 0) with the body's result
     * r_{k+1} (input 1) as multisets; sends a vote (the worker id) when they differ.
     */
    record FixpointCheck() implements Entry {}

    /**
     * Holds r_{k+1} (input 1) until its time completes; if any vote (input 0, broadcast) says
     * changed, sends it on port 0 (the feedback), else on port 1 (the loop's exit).
     */
    record FixpointDecide() implements Entry {}

    /**
     * The rounds of loop {@code loopId} that run: reading the loop variable (the head's body
     * port), sends one record (the worker id) at each time on the first batch it sees there.
     * Broadcast to an {@link InvariantReplay}, it tells every worker that the round runs, even a
     * worker that holds none of the variable's rows.
     */
    record RoundTick(int loopId) implements Entry {}

    /**
     * A loop-invariant relation read by an operator that is not a join indexing it once (a
     * concat, an aggregate, a left join's preserved side, ...): input 0, entered once at round
     * 0, is kept and passed on at round 0; input 1, the loop's {@link RoundTick}s, asks for it
     * again at every later round that runs, so that per time the relation is the same at every
     * round.
     */
    record InvariantReplay(int loopId) implements Entry {}

    /**
     * Orders the rows of each time by the keys and keeps the first {@code limit} (all without a
     * limit), emitting them in order when the time completes. Planned twice for a limit: a local
     * top-k on every worker, then the global one on a single worker.
     */
    record TopK(List<io.nereid.compiler.plan.SortKey> keys, java.util.OptionalLong limit) implements Entry {
        public TopK {
            keys = List.copyOf(Objects.requireNonNull(keys, "keys"));
            Objects.requireNonNull(limit, "limit");
        }
    }

    /**
     * Keeps the rows of input 0 by whether input 1 has a row with equal keys, per time, when the
     * time completes: {@code SEMI} ({@code exists}) and {@code ANTI} ({@code not exists}) keep
     * every such left row; {@code INTERSECT} and {@code EXCEPT} compare whole rows and keep each
     * distinct left row once.
     */
    record Membership(List<Expr> leftKeys, List<Expr> rightKeys, Mode mode) implements Entry {
        /** Which left rows are kept. */
        public enum Mode { SEMI, ANTI, INTERSECT, EXCEPT }

        public Membership {
            leftKeys = List.copyOf(Objects.requireNonNull(leftKeys, "leftKeys"));
            rightKeys = List.copyOf(Objects.requireNonNull(rightKeys, "rightKeys"));
            Objects.requireNonNull(mode, "mode");
        }

        /** True when a left row is kept if its key is present on the right. */
        public boolean keepsPresent() {
            return mode == Mode.SEMI || mode == Mode.INTERSECT;
        }

        /** True when left rows are deduplicated (set semantics). */
        public boolean distinct() {
            return mode == Mode.INTERSECT || mode == Mode.EXCEPT;
        }
    }

    /**
     * Per time, emits each distinct row the moment its {@code count}-th copy arrives (once),
     * during {@code onRecv}; input partitioned on the whole row. The count is a long: a constant
     * of at least 1, or an expression of params, checked when the program is given its values.
     */
    record Threshold(Expr count) implements Entry {
        public Threshold {
            Objects.requireNonNull(count, "count");
        }
    }

    /**
     * A user's {@code CustomVertex} ({@code className}, built with {@code arguments}) over the
     * rows of input 0, through a generated adapter; the field names are what the vertex sees.
     */
    record Custom(String className, List<io.nereid.compiler.plan.expr.Literal> arguments, List<String> inputNames,
            List<String> outputNames) implements Entry {
        public Custom {
            Objects.requireNonNull(className, "className");
            arguments = List.copyOf(Objects.requireNonNull(arguments, "arguments"));
            inputNames = List.copyOf(Objects.requireNonNull(inputNames, "inputNames"));
            outputNames = List.copyOf(Objects.requireNonNull(outputNames, "outputNames"));
        }
    }
}
