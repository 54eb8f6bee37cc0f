package io.nereid.compiler.physical;

import io.nereid.compiler.plan.Aggregate;
import io.nereid.compiler.plan.ApplyVertex;
import io.nereid.compiler.plan.Distinct;
import io.nereid.compiler.plan.Filter;
import io.nereid.compiler.plan.FlatMap;
import io.nereid.compiler.plan.Iterate;
import io.nereid.compiler.plan.Join;
import io.nereid.compiler.plan.JoinKind;
import io.nereid.compiler.plan.LogicalPlan;
import io.nereid.compiler.plan.LoopInvariant;
import io.nereid.compiler.plan.LoopVariable;
import io.nereid.compiler.plan.NamedExpr;
import io.nereid.compiler.plan.OrderBy;
import io.nereid.compiler.plan.Output;
import io.nereid.compiler.plan.Plan;
import io.nereid.compiler.plan.Project;
import io.nereid.compiler.plan.Scan;
import io.nereid.compiler.plan.SemiJoin;
import io.nereid.compiler.plan.SetOpKind;
import io.nereid.compiler.plan.SetOperation;
import io.nereid.compiler.plan.Threshold;
import io.nereid.compiler.plan.expr.ColumnRef;
import io.nereid.compiler.plan.Plans;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.types.ScalarType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns an optimized logical plan into stages (see the package doc and docs/EXECUTION.md).
 *
 * <p>Equal sub-plans (a {@code let} read twice) are planned once. A stateless operator whose
 * input has no other reader is fused into the input's stage; otherwise it starts a pass-through
 * stage. An aggregate whose input is not yet partitioned on its keys gets a combiner at the exit
 * of the input's stage and an exchange on the keys; joins, distinct and aggregates exchange an
 * input only when its partitioning does not already match their keys.
 */
public final class PhysicalPlanner {
    private final Map<Plan, Integer> uses = new HashMap<>();
    /** Planned sub-plans, per scope (a sub-plan used inside and outside a loop is two streams). */
    private final Map<Integer, Map<Plan, Integer>> memo = new HashMap<>();
    private final List<StageDraft> drafts = new ArrayList<>();
    private final List<PhysicalPlan.LoopSpec> loops = new ArrayList<>();
    /** The head stage of each loop being planned: where its variable is read. */
    private final Map<Integer, Integer> variables = new HashMap<>();
    /** The scope each loop being planned is nested in (the root, or an enclosing loop). */
    private final Map<Integer, Integer> parents = new HashMap<>();
    /** The bound of each loop being planned (empty: until fixpoint). */
    private final Map<Integer, Optional<Expr>> bounds = new HashMap<>();
    private int scope = Stage.ROOT;
    /** The bound of the loop being planned (empty: until fixpoint). */
    private Optional<Expr> loopTimes = Optional.empty();
    /** Per invariant-enter stage, the stage that replays it at every round (shared by its readers). */
    private final Map<Integer, Integer> replays = new HashMap<>();
    /** Per loop, the stage that announces each round that runs (for replays of an until-fixpoint loop). */
    private final Map<Integer, Integer> ticks = new HashMap<>();

    private PhysicalPlanner() {
    }

    /** Plans a whole program. */
    public static PhysicalPlan plan(LogicalPlan program) {
        LogicalPlan bound = Objects.requireNonNull(program, "program");
        PhysicalPlanner p = new PhysicalPlanner();
        bound.outputs().forEach(p::countUses);
        List<Integer> sinks = new ArrayList<>();
        for (Output o : bound.outputs()) {
            sinks.add(p.visit(o));
        }
        return StageDraft.freeze(bound, p.drafts, sinks, p.loops);
    }

    private void countUses(Plan node) {
        if (uses.merge(node, 1, Integer::sum) == 1) {
            node.inputs().forEach(this::countUses);
        }
    }

    private int visit(Plan node) {
        Map<Plan, Integer> planned = memo.computeIfAbsent(scope, k -> new HashMap<>());
        Integer done = planned.get(node);
        if (done != null) {
            return done;
        }
        int stage;
        if (scope == Stage.ROOT && node instanceof LoopInvariant inv) {
            stage = visit(inv.input());
        } else if (scope != Stage.ROOT && (node instanceof LoopInvariant
                || (node instanceof LoopVariable v ? v.loopId() != scope : !Plans.freeLoopVariables(node).contains(scope)))) {
            stage = hoist(node instanceof LoopInvariant inv ? inv.input() : node);
        } else {
            stage = plan(node);
        }
        memo.get(scope).put(node, stage);
        return stage;
    }

    /**
     * Plans a loop-invariant sub-plan in the enclosing scope (further out still if it is invariant
     * there too) and enters it once (at round 0 of each round of the enclosing scope).
     */
    private int hoist(Plan outer) {
        int loop = scope;
        Optional<Expr> loopBound = loopTimes;
        scope = parents.get(loop);
        loopTimes = bounds.getOrDefault(scope, Optional.empty());
        int computed = visit(outer);
        scope = loop;
        loopTimes = loopBound;
        StageDraft enter = newStage("enter loop " + loop + " (invariant)", new Entry.LoopEnter(loop, true),
                List.of(StageInput.pipeline(computed)), drafts.get(computed).row);
        enter.invariantEnter = true;
        StageDraft source = drafts.get(computed);
        // entering moves no row between workers: a join in the loop keyed as the rows already are
        // reads them in place (PageRank's edges, joined with degrees by source outside the loop)
        enter.partitioning = source.combiner == null ? source.partitioning : Optional.empty();
        return enter.id;
    }

    private int plan(Plan node) {
        if (node instanceof Scan s) {
            StageDraft d = newStage("source " + s.input(), new Entry.Source(s.input()), List.of(), types(s));
            return d.id;
        } else if (node instanceof Filter f) {
            return chain(f.input(), new ChainOp.FilterOp(NullLiterals.typed(f.condition())));
        } else if (node instanceof Project p) {
            if (StageDraft.isIdentity(new ChainOp.ProjectOp(p.columns().stream().map(c -> NullLiterals.typed(c.expr())).toList()),
                    p.input().schema().size())) {
                return visit(p.input()); // renames only
            }
            return chain(p.input(), new ChainOp.ProjectOp(p.columns().stream().map(c -> NullLiterals.typed(c.expr())).toList()));
        } else if (node instanceof FlatMap f) {
            return chain(f.input(), new ChainOp.FlatMapOp(f.function(), f.arguments(), f.elementType()));
        } else if (node instanceof Aggregate a) {
            return aggregate(a);
        } else if (node instanceof Join j) {
            return join(j);
        } else if (node instanceof Distinct d) {
            if (NullableKeys.anyColumn(d.input())) {
                return visitRewritten(NullableKeys.distinct(d.input()));
            }
            return distinct(visit(d.input()), "distinct");
        } else if (node instanceof SetOperation s) {
            return setOperation(s);
        } else if (node instanceof Output o) {
            int in = visit(o.input());
            return newStage("output " + o.name(), new Entry.Sink(o.name()), List.of(StageInput.pipeline(in)),
                    drafts.get(in).row).id;
        } else if (node instanceof Iterate it) {
            return iterate(it);
        } else if (node instanceof LoopVariable v) {
            Integer head = variables.get(v.loopId());
            if (head == null || v.loopId() != scope) {
                throw new IllegalStateException("the variable '" + v.name() + "' is read outside its loop");
            }
            return head;
        } else if (node instanceof SemiJoin s) {
            if (NullableKeys.any(s.leftKeys()) || NullableKeys.any(s.rightKeys())) {
                return visitRewritten(NullableKeys.semiJoin(s));
            }
            return membership(s.left(), s.right(), s.leftKeys(), s.rightKeys(),
                    s.anti() ? Entry.Membership.Mode.ANTI : Entry.Membership.Mode.SEMI);
        } else if (node instanceof OrderBy o) {
            return orderBy(o);
        } else if (node instanceof Threshold t) {
            return NullableKeys.anyColumn(t.input()) ? visitRewritten(NullableKeys.threshold(t)) : threshold(t);
        } else if (node instanceof ApplyVertex a) {
            return applyVertex(a);
        }
        throw new UnsupportedPlanException("nq run does not support " + node.describe() + " yet");
    }

    private static List<ScalarType> types(Plan p) {
        return p.schema().fields().stream().map(f -> f.type()).toList();
    }

    private StageDraft newStage(String name, Entry entry, List<StageInput> inputs, List<ScalarType> row) {
        List<StageInput> wired = new ArrayList<>();
        for (StageInput in : inputs) {
            // only a join indexes a loop invariant once; anything else reads it replayed every round
            if (drafts.get(in.source()).invariantEnter && !(entry instanceof Entry.HashJoin)
                    && !(entry instanceof Entry.InvariantReplay) && !(entry instanceof Entry.LoopEnter e && e.invariant())) {
                in = new StageInput(replay(in.source()), in.port(), in.exchangeKeys(), in.broadcast());
            }
            wired.add(in);
        }
        StageDraft d = new StageDraft(drafts.size(), name, scope, entry, wired, row);
        drafts.add(d);
        return d;
    }

    /** The shared replay of invariant-enter stage {@code enter}. */
    private int replay(int enter) {
        Integer done = replays.get(enter);
        if (done == null) {
            done = newReplay(enter).id;
            replays.put(enter, done);
        }
        return done;
    }

    /**
     * A stage that gives the rows of invariant-enter stage {@code enter} at every round of its
     * loop: a bounded loop's rounds are known; an until-fixpoint loop's are announced by ticks.
     */
    private StageDraft newReplay(int enter) {
        StageDraft in = drafts.get(enter);
        int loop = in.scope;
        List<StageInput> inputs = new ArrayList<>(List.of(StageInput.pipeline(enter)));
        if (loopTimes.isEmpty()) {
            Integer tick = ticks.get(loop);
            if (tick == null) {
                tick = newStage("loop " + loop + " round tick", new Entry.RoundTick(loop),
                        List.of(StageInput.pipeline(variables.get(loop))), List.of(ScalarType.LONG)).id;
                ticks.put(loop, tick);
            }
            inputs.add(StageInput.broadcast(tick));
        }
        StageDraft r = newStage("replay invariant", new Entry.InvariantReplay(loop), inputs, in.row);
        r.partitioning = in.partitioning;
        return r;
    }

    /** The stage that can take one more chain operator after {@code input}'s rows. */
    private StageDraft openStage(Plan input) {
        int s = visit(input);
        StageDraft d = drafts.get(s);
        if (d.invariantEnter) {
            return newReplay(s); // a replay of its own: the chain fuses into it
        }
        boolean fusable = d.acceptsChain() && uses.getOrDefault(input, 0) == 1;
        if (fusable) {
            return d;
        }
        StageDraft pass = newStage("map", new Entry.Pass(), List.of(StageInput.pipeline(s)), d.row);
        pass.partitioning = d.partitioning;
        return pass;
    }

    private int chain(Plan input, ChainOp op) {
        StageDraft d = openStage(input);
        d.append(op);
        return d.id;
    }

    private int aggregate(Aggregate a) {
        List<Expr> keys = a.keys().stream().map(NamedExpr::expr).toList();
        if (NullableKeys.any(keys)) {
            return visitRewritten(NullableKeys.aggregate(a));
        }
        if (a.input() instanceof SetOperation s && s.kind() == SetOpKind.CONCAT && uses.getOrDefault(s, 0) == 1
                && types(s.left()).equals(types(s)) && types(s.right()).equals(types(s))) {
            return aggregateEachSide(a, s, keys);
        }
        int in = visit(a.input());
        StageDraft source = drafts.get(in);
        List<ScalarType> row = types(a);
        boolean partitioned = source.isPartitionedBy(keys);
        if (partitioned && source.row.stream().noneMatch(ScalarType::nullable)) {
            StageDraft merge = newStage("aggregate", new Entry.AggregateMerge(keys, a.aggregates(), false),
                    List.of(StageInput.pipeline(in)), row);
            merge.partitioning = Optional.of(columnRefs(row, keys.size()));
            return merge.id;
        }
        // Partial aggregates at the exit of the input's stage (which also keeps nullable columns,
        // say of a left join, inside the stage); exchanged by key unless already partitioned so.
        StageDraft exit = openStage(a.input());
        Combiner combiner = new Combiner(keys, a.aggregates());
        exit.combiner = combiner;
        exit.partitioning = Optional.empty();
        List<Expr> partialKeys = columnRefs(combiner.partialRow(), keys.size());
        StageDraft merge = newStage("aggregate", new Entry.AggregateMerge(partialKeys, a.aggregates(), true),
                List.of(partitioned ? StageInput.pipeline(exit.id) : StageInput.exchange(exit.id, partialKeys)), row);
        merge.partitioning = Optional.of(columnRefs(row, keys.size()));
        return merge.id;
    }

    /**
     * An aggregate of a concat (connected components' labels and the labels sent along the
     * links): each side gets the partial aggregate at its own exit, so a join on one side combines
     * its matches as it makes them (into dense slots when keyed by an invariant column) instead of
     * sending every match to a concat that combines them; the partial rows are concatenated,
     * exchanged by key and merged.
     */
    private int aggregateEachSide(Aggregate a, SetOperation s, List<Expr> keys) {
        Combiner combiner = new Combiner(keys, a.aggregates());
        StageDraft left = openStage(s.left());
        left.combiner = combiner;
        left.partitioning = Optional.empty();
        StageDraft right = openStage(s.right());
        right.combiner = combiner;
        right.partitioning = Optional.empty();
        List<ScalarType> partial = combiner.partialRow();
        StageDraft concat = newStage("concat", new Entry.Concat(),
                List.of(StageInput.pipeline(left.id), StageInput.pipeline(right.id)), partial);
        List<Expr> partialKeys = columnRefs(partial, keys.size());
        StageDraft merge = newStage("aggregate", new Entry.AggregateMerge(partialKeys, a.aggregates(), true),
                List.of(StageInput.exchange(concat.id, partialKeys)), types(a));
        merge.partitioning = Optional.of(columnRefs(types(a), keys.size()));
        return merge.id;
    }

    private int join(Join j) {
        if (NullableKeys.any(j.leftKeys()) || NullableKeys.any(j.rightKeys())) {
            return visitRewritten(NullableKeys.join(j));
        }
        // A cross product (no keys) is a join on the empty key: both sides meet on one worker.
        int l = visit(j.left());
        int r = visit(j.right());
        boolean outer = j.kind() == JoinKind.LEFT;
        boolean nested = parents.getOrDefault(scope, Stage.ROOT) != Stage.ROOT;
        if (outer && drafts.get(l).invariantEnter && (loopTimes.isEmpty() || nested)) {
            // the preserved side must be whole at every round, even where no varying row arrives
            l = replay(l);
        }
        int invariantSide = drafts.get(l).invariantEnter ? 0 : drafts.get(r).invariantEnter ? 1 : -1;
        StageDraft stage = newStage(outer ? "left join" : "join",
                new Entry.HashJoin(j.leftKeys(), j.rightKeys(), invariantSide, outer),
                List.of(inputOn(l, j.leftKeys()), inputOn(r, j.rightKeys())), types(j));
        stage.partitioning = Optional.of(j.leftKeys());
        return stage.id;
    }

    private int distinct(int in, String name) {
        List<ScalarType> row = drafts.get(in).row;
        row.forEach(t -> nonNull(t, "a column of a distinct relation"));
        List<Expr> all = columnRefs(row, row.size());
        StageDraft d = newStage(name, new Entry.Distinct(), List.of(inputOn(in, all)), row);
        d.partitioning = Optional.of(all);
        return d.id;
    }

    private int setOperation(SetOperation s) {
        if (s.kind() != SetOpKind.CONCAT && NullableKeys.anyColumn(s)) {
            return visitRewritten(s.kind() == SetOpKind.UNION
                    ? NullableKeys.distinct(new SetOperation(SetOpKind.CONCAT, s.left(), s.right()))
                    : NullableKeys.setOperation(s));
        }
        if (s.kind() == SetOpKind.INTERSECT || s.kind() == SetOpKind.EXCEPT) {
            List<ScalarType> row = types(s);
            List<Expr> all = columnRefs(row, row.size());
            return membership(s.left(), s.right(), all, all,
                    s.kind() == SetOpKind.INTERSECT ? Entry.Membership.Mode.INTERSECT : Entry.Membership.Mode.EXCEPT);
        }
        int l = visit(s.left());
        int r = visit(s.right());
        StageDraft concat = newStage("concat", new Entry.Concat(),
                List.of(StageInput.pipeline(l), StageInput.pipeline(r)), types(s));
        return s.kind() == SetOpKind.UNION ? distinct(concat.id, "union") : concat.id;
    }

    /** Stage {@code source}'s rows with the column types {@code row} (nullable where they are not yet). */
    private int conform(int source, List<ScalarType> row) {
        List<ScalarType> have = drafts.get(source).outputRow();
        if (have.equals(row)) {
            return source;
        }
        for (int i = 0; i < row.size(); i++) {
            if (have.get(i).nullable() && !row.get(i).nullable()) {
                throw new UnsupportedPlanException("nq run needs the columns of an iterate's start and body to agree on"
                        + " nullability (" + have + " is not " + row + "); use coalesce(x, default)");
            }
        }
        StageDraft pass = newStage("map", new Entry.Pass(), List.of(StageInput.pipeline(source)), have);
        pass.append(new ChainOp.ProjectOp(columnRefs(row, row.size())));
        return pass.id;
    }

    /** A pass stage computing {@code columns} over stage {@code source}'s rows. */
    private int encoded(int source, List<Expr> columns) {
        StageDraft pass = newStage("map", new Entry.Pass(), List.of(StageInput.pipeline(source)),
                drafts.get(source).outputRow());
        pass.append(new ChainOp.ProjectOp(columns));
        return pass.id;
    }

    /**
     * Plans {@code rewritten} (an equivalent of the node being planned) in its place: its new
     * nodes get their readers counted, and a sub-plan it reads more often than the node did gains
     * readers, so that fusion stays right.
     */
    private int visitRewritten(Plan rewritten) {
        Map<Plan, Integer> refs = new HashMap<>();
        countRefs(rewritten, refs);
        refs.forEach((p, n) -> {
            if (!uses.containsKey(p)) {
                uses.put(p, n);
            } else if (n > 1) {
                uses.merge(p, n - 1, Integer::sum);
            }
        });
        return visit(rewritten);
    }

    private void countRefs(Plan p, Map<Plan, Integer> refs) {
        if (refs.merge(p, 1, Integer::sum) == 1 && !uses.containsKey(p)) {
            p.inputs().forEach(i -> countRefs(i, refs));
        }
    }

    private static void nonNull(ScalarType t, String what) {
        if (t.nullable()) {
            throw new UnsupportedPlanException("nq run does not support a nullable value (" + t + ") as " + what
                    + " yet; use coalesce(x, default) to give it a value");
        }
    }

    private int membership(Plan left, Plan right, List<Expr> leftKeys, List<Expr> rightKeys, Entry.Membership.Mode mode) {
        leftKeys.forEach(k -> nonNull(k.type(), "a key of " + mode.name().toLowerCase(java.util.Locale.ROOT)));
        rightKeys.forEach(k -> nonNull(k.type(), "a key of " + mode.name().toLowerCase(java.util.Locale.ROOT)));
        int l = visit(left);
        int r = visit(right);
        StageDraft d = newStage(mode.name().toLowerCase(java.util.Locale.ROOT), new Entry.Membership(leftKeys, rightKeys, mode),
                List.of(inputOn(l, leftKeys), inputOn(r, rightKeys)), drafts.get(l).row);
        d.partitioning = Optional.of(leftKeys);
        return d.id;
    }

    private int orderBy(OrderBy o) {
        if (NullableKeys.anyColumn(o.input())) {
            return visitRewritten(NullableKeys.orderBy(o));
        }
        int in = visit(o.input());
        List<ScalarType> row = drafts.get(in).row;
        row.forEach(t -> nonNull(t, "a column of an ordered relation"));
        Entry.TopK topK = new Entry.TopK(o.keys(), o.limit());
        int source = in;
        if (o.limit().isPresent()) {
            source = newStage("top " + o.limit().getAsLong() + " per worker", topK, List.of(StageInput.pipeline(in)), row).id;
        }
        return newStage(o.limit().isPresent() ? "top " + o.limit().getAsLong() : "order by", topK,
                List.of(StageInput.exchange(source, List.of())), row).id;
    }

    /** Threshold: exchanged on the whole row (unless partitioned so already), counted per time. */
    private int threshold(Threshold t) {
        Expr n = RunTimeCounts.threshold(t.count());
        int in = visit(t.input());
        List<ScalarType> row = drafts.get(in).row;
        row.forEach(c -> nonNull(c, "a column of a thresholded relation"));
        List<Expr> all = columnRefs(row, row.size());
        StageDraft d = newStage("threshold " + PhysicalPrinter.count(n), new Entry.Threshold(n), List.of(inputOn(in, all)),
                row);
        d.partitioning = Optional.of(all);
        return d.id;
    }

    /** A custom vertex: its input exchanged on the declared fields (pipelined without any). */
    private int applyVertex(ApplyVertex a) {
        int in = visit(a.input());
        List<ScalarType> row = drafts.get(in).row;
        List<Expr> keys = a.partitionBy().stream().<Expr>map(i -> new ColumnRef(i, "c" + i, row.get(i))).toList();
        StageInput input = keys.isEmpty() ? StageInput.pipeline(in) : inputOn(in, keys);
        if (a.output().size() > 63) {
            throw new UnsupportedPlanException("nq run supports custom vertices with at most 63 output fields");
        }
        Entry.Custom entry = new Entry.Custom(a.className(), a.arguments(), a.input().schema().names(),
                a.output().names());
        return newStage("custom " + a.className(), entry, List.of(input), types(a)).id;
    }

    private int iterate(Iterate it) {
        int parent = scope;
        Optional<Expr> enclosingTimes = loopTimes;
        Optional<Expr> times = it.times().map(RunTimeCounts::rounds);
        int init = visit(it.init());
        // the variable's columns are nullable where the start's or the body's are
        List<ScalarType> row = new ArrayList<>(drafts.get(init).outputRow());
        List<ScalarType> declared = types(it.body());
        for (int i = 0; i < row.size() && i < declared.size(); i++) {
            row.set(i, row.get(i).orNullable(declared.get(i).nullable()));
        }
        init = conform(init, row);
        int loop = it.loopId();
        parents.put(loop, parent);
        bounds.put(loop, times);
        scope = loop;
        StageDraft enter = newStage("enter loop " + loop, new Entry.LoopEnter(loop, false),
                List.of(StageInput.pipeline(init)), row);
        StageDraft head = newStage("loop " + loop + " variable " + it.variable(), new Entry.LoopHead(loop, times),
                List.of(StageInput.pipeline(enter.id)), row);
        head.ports = times.isPresent() ? 2 : 1;
        variables.put(loop, head.id);
        loopTimes = times;
        int body = visit(it.body());
        List<ScalarType> bodyRow = drafts.get(body).outputRow();
        for (int i = 0; i < row.size(); i++) {
            if (bodyRow.get(i).kind() != row.get(i).kind()) {
                throw new UnsupportedPlanException("nq run needs the body of iterate '" + it.variable()
                        + "' to produce the types of its start (" + row + "), not " + bodyRow);
            }
        }
        body = conform(body, row);
        int exit;
        int exitPort;
        PhysicalPlan.LoopSpec spec;
        if (times.isPresent()) {
            spec = new PhysicalPlan.LoopSpec(loop, head.id, body, 0, times, parent);
            exit = head.id;
            exitPort = 1;
        } else {
            // rows compared with nulls equal: nullable columns as (is null, value or default)
            List<Expr> all = NullableKeys.encodeColumns(row);
            int before = all.equals(columnRefs(row, row.size())) ? head.id : encoded(head.id, all);
            int after = before == head.id ? body : encoded(body, all);
            all = columnRefs(drafts.get(before).row, drafts.get(before).row.size());
            StageDraft check = newStage("loop " + loop + " fixpoint check", new Entry.FixpointCheck(),
                    List.of(StageInput.exchange(before, all), StageInput.exchange(after, all)), List.of(ScalarType.LONG));
            StageDraft decide = newStage("loop " + loop + " fixpoint decide", new Entry.FixpointDecide(),
                    List.of(StageInput.broadcast(check.id), StageInput.pipeline(body)), row);
            decide.ports = 2;
            spec = new PhysicalPlan.LoopSpec(loop, head.id, decide.id, 0, Optional.empty(), parent);
            exit = decide.id;
            exitPort = 1;
        }
        loops.add(spec);
        variables.remove(loop);
        scope = parent;
        loopTimes = enclosingTimes;
        return newStage("leave loop " + loop, new Entry.LoopLeave(loop), List.of(StageInput.port(exit, exitPort)),
                row).id;
    }

    /** Reads stage {@code source} exchanged on {@code keys}, or pipelined when it is partitioned so already. */
    private StageInput inputOn(int source, List<Expr> keys) {
        return drafts.get(source).isPartitionedBy(keys) ? StageInput.pipeline(source) : StageInput.exchange(source, keys);
    }

    static List<Expr> columnRefs(List<ScalarType> row, int count) {
        List<Expr> refs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            refs.add(new ColumnRef(i, "c" + i, row.get(i)));
        }
        return refs;
    }
}
