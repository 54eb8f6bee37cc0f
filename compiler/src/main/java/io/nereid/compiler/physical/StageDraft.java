package io.nereid.compiler.physical;

import io.nereid.compiler.plan.LogicalPlan;
import io.nereid.compiler.plan.Output;
import io.nereid.compiler.plan.expr.ColumnRef;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.plan.expr.Exprs;
import io.nereid.compiler.types.Field;
import io.nereid.compiler.types.ScalarType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A stage while the planner builds it: its chain grows as operators are fused in. */
final class StageDraft {
    final int id;
    final String name;
    final int scope;
    /** Output ports (2 for a loop head with a bound and for a fixpoint decision). */
    int ports = 1;
    /** A hoisted loop-invariant sub-plan entering a loop: only a join may read it. */
    boolean invariantEnter;
    final Entry entry;
    final List<StageInput> inputs;
    final List<ScalarType> entryRow;
    final List<ChainOp> chain = new ArrayList<>();
    /** The row after the chain (before the combiner). */
    List<ScalarType> row;
    Combiner combiner;
    /** Expressions over {@link #row} the stage's output is hash-partitioned by, if known. */
    Optional<List<Expr>> partitioning = Optional.empty();

    StageDraft(int id, String name, int scope, Entry entry, List<StageInput> inputs, List<ScalarType> entryRow) {
        this.id = id;
        this.name = name;
        this.scope = scope;
        this.entry = entry;
        this.inputs = List.copyOf(inputs);
        this.entryRow = List.copyOf(entryRow);
        this.row = this.entryRow;
    }

    void append(ChainOp op) {
        if (op instanceof ChainOp.ProjectOp p && isIdentity(p, row.size())) {
            return; // renames only: the columns are already in place
        }
        chain.add(op);
        row = op.output(row);
        if (op instanceof ChainOp.ProjectOp p && partitioning.isPresent()) {
            partitioning = throughProjection(partitioning.get(), p.columns());
        }
    }

    static boolean isIdentity(ChainOp.ProjectOp p, int width) {
        if (p.columns().size() != width) {
            return false;
        }
        for (int i = 0; i < width; i++) {
            if (!(p.columns().get(i) instanceof ColumnRef c) || c.index() != i) {
                return false;
            }
        }
        return true;
    }

    /** The partitioning expressions rewritten over a projection's output, if each is one of its columns. */
    private static Optional<List<Expr>> throughProjection(List<Expr> keys, List<Expr> columns) {
        List<Expr> mapped = new ArrayList<>();
        for (Expr k : keys) {
            int found = -1;
            for (int j = 0; j < columns.size() && found < 0; j++) {
                if (normalize(columns.get(j)).equals(normalize(k))) {
                    found = j;
                }
            }
            if (found < 0) {
                return Optional.empty();
            }
            mapped.add(new ColumnRef(found, "c" + found, columns.get(found).type()));
        }
        return Optional.of(mapped);
    }

    /** True when the output is already partitioned on exactly these key expressions. */
    boolean isPartitionedBy(List<Expr> keys) {
        if (combiner != null || partitioning.isEmpty() || partitioning.get().size() != keys.size()) {
            return false;
        }
        for (int i = 0; i < keys.size(); i++) {
            Expr a = normalize(partitioning.get().get(i));
            Expr b = normalize(keys.get(i));
            if (!a.equals(b) || a.type().kind() != b.type().kind()) {
                return false;
            }
        }
        return true;
    }

    /** Column references without their names, so that equal columns compare equal. */
    static Expr normalize(Expr e) {
        return Exprs.transform(e, x -> x instanceof ColumnRef c ? new ColumnRef(c.index(), "c", c.type()) : x);
    }

    /** The record type the stage sends, absent for a sink. */
    List<ScalarType> outputRow() {
        return combiner != null ? combiner.partialRow() : row;
    }

    /** True when more chain operators (or a combiner) can be fused into this stage. */
    boolean acceptsChain() {
        return (entry instanceof Entry.Pass || entry instanceof Entry.Concat || entry instanceof Entry.HashJoin
                || entry instanceof Entry.AggregateMerge || entry instanceof Entry.Distinct
                || entry instanceof Entry.TopK || entry instanceof Entry.Membership
                || entry instanceof Entry.InvariantReplay || entry instanceof Entry.Threshold) && combiner == null;
    }

    private static boolean endsInOrderBy(io.nereid.compiler.plan.Plan p) {
        while (p instanceof io.nereid.compiler.plan.Project || p instanceof io.nereid.compiler.plan.Filter) {
            p = p.inputs().get(0);
        }
        return p instanceof io.nereid.compiler.plan.OrderBy;
    }

    static PhysicalPlan freeze(LogicalPlan program, List<StageDraft> drafts, List<Integer> sinks,
            List<PhysicalPlan.LoopSpec> loops) {
        Map<List<ScalarType>, RecordType> types = new LinkedHashMap<>();
        List<Stage> stages = new ArrayList<>();
        for (StageDraft d : drafts) {
            Optional<RecordType> out = Optional.empty();
            if (!(d.entry instanceof Entry.Sink)) {
                out = Optional.of(types.computeIfAbsent(d.outputRow(), r -> new RecordType(types.size(), r)));
            }
            stages.add(new Stage(d.id, d.name, d.scope, d.entry, d.inputs, d.entryRow, d.chain,
                    Optional.ofNullable(d.combiner), out, d.ports));
        }
        List<PhysicalPlan.OutputSpec> outputs = new ArrayList<>();
        for (int i = 0; i < sinks.size(); i++) {
            Output o = program.outputs().get(i);
            Stage sink = stages.get(sinks.get(i));
            RecordType type = stages.get(sink.inputs().get(0).source()).output().orElseThrow();
            outputs.add(new PhysicalPlan.OutputSpec(o.name(), o.schema().fields().stream().map(Field::name).toList(),
                    type, o.destination(), sink.id(), endsInOrderBy(o.input())));
        }
        return new PhysicalPlan(program.inputs(), program.params(), List.copyOf(types.values()), stages, outputs, loops);
    }
}
