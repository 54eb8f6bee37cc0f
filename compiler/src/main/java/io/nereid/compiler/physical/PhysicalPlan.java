package io.nereid.compiler.physical;

import io.nereid.compiler.plan.InputDecl;
import io.nereid.compiler.plan.ParamDecl;
import io.nereid.compiler.plan.expr.Expr;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole program as stages: the declared inputs and params, the record types (one batch class each), the
 * stages in an order where every stage comes after the stages it reads, and the outputs.
 */
public record PhysicalPlan(List<InputDecl> inputs, List<ParamDecl> params, List<RecordType> recordTypes, List<Stage> stages,
        List<OutputSpec> outputs, List<LoopSpec> loops) {
    /**
     * A loop: its head stage, the stage and port whose output goes around the feedback, its
     * number of rounds (a long constant or a param read at run time; empty until fixpoint), and
     * the scope it is nested in ({@link Stage#ROOT} or the id of the enclosing loop).
     */
    public record LoopSpec(int loopId, int head, int feedbackSource, int feedbackPort, Optional<Expr> times, int parent) {
        public LoopSpec {
            Objects.requireNonNull(times, "times");
        }
    }

    /**
     * An output: its name, field names, record type, destination from the program, its sink
     * stage, and whether its rows come in a meaningful order (an {@code orderby} at its end).
     */
    public record OutputSpec(String name, List<String> fieldNames, RecordType type, Optional<String> destination,
            int sinkStage, boolean ordered) {
        public OutputSpec {
            Objects.requireNonNull(name, "name");
            fieldNames = List.copyOf(fieldNames);
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(destination, "destination");
        }
    }

    public PhysicalPlan {
        inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
        params = List.copyOf(Objects.requireNonNull(params, "params"));
        recordTypes = List.copyOf(Objects.requireNonNull(recordTypes, "recordTypes"));
        stages = List.copyOf(Objects.requireNonNull(stages, "stages"));
        outputs = List.copyOf(Objects.requireNonNull(outputs, "outputs"));
        loops = List.copyOf(Objects.requireNonNull(loops, "loops"));
    }

    /** The loop with this id. */
    public LoopSpec loop(int loopId) {
        return loops.stream().filter(l -> l.loopId() == loopId).findFirst().orElseThrow();
    }

    public Stage stage(int id) {
        return stages.get(id);
    }

    /** The canonical printout (see {@link PhysicalPrinter}). */
    public String print() {
        return PhysicalPrinter.print(this);
    }
}
