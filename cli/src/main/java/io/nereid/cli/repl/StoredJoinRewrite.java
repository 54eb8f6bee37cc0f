package io.nereid.cli.repl;

import io.nereid.compiler.physical.ChainOp;
import io.nereid.compiler.physical.Entry;
import io.nereid.compiler.physical.PhysicalPlan;
import io.nereid.compiler.physical.RecordType;
import io.nereid.compiler.physical.Stage;
import io.nereid.compiler.physical.StageInput;
import io.nereid.compiler.plan.expr.ColumnRef;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.plan.expr.Literal;
import io.nereid.compiler.types.ScalarType;
import io.nereid.operators.ColumnKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Points the joins of a REPL query that read a stored relation directly at the session's index
 * of that relation ({@link IndexCache}) instead of letting the query build one.
 *
 * <p>A join qualifies when it is an inner equi-join outside any loop, one of its inputs is the
 * source stage of an input with rows loaded (its rows as loaded, or only some of its columns
 * picked, as pruning leaves them; no filter or computed column between), and every key on both
 * sides is a plain column of the same kind (not a double, not nullable). When both inputs are
 * stored, the one with fewer rows is indexed, as a compiled join indexes the smaller side. Its stage {@code S} becomes two: an {@link IndexedJoinVertex} over the other (probe)
 * input, which keeps its exchange so that the joined rows stay partitioned on the key as before,
 * and a pass stage with {@code S}'s chain, combiner and output, which {@code S}'s consumers now
 * read. The stored relation's source stage is left without that consumer; when no output depends
 * on it any more, the query does not feed it at all. Anything else runs as compiled.
 */
final class StoredJoinRewrite {
    private StoredJoinRewrite() {
    }

    /** The plan to compile, the indexes it uses, and the inputs it no longer reads. */
    record Result(PhysicalPlan plan, List<IndexCache.Use> uses, Set<String> unfed) {}

    /** A join that can probe a stored index: its stage, which input is stored, and the key columns. */
    record Candidate(int stage, int storedSide, StoredRelation rows, int[] storedColumns, int[] storedKeys,
            int[] probeKeys) {}

    /** A stored relation's rows as a join input sees them: {@code columns[i]} is the relation's column of its column i. */
    private record Stored(StoredRelation rows, int[] columns) {}

    /**
     * The stored relation behind {@code input}: a source stage of an input with rows loaded, read
     * as it is or through a pipelined stage that only picks columns (what pruning leaves).
     */
    private static Optional<Stored> stored(PhysicalPlan plan, StageInput input, Workspace workspace) {
        Stage stage = plan.stage(input.source());
        int[] picked = null;
        if (stage.entry() instanceof Entry.Pass && stage.inputs().size() == 1 && !stage.inputs().get(0).isExchange()
                && stage.combiner().isEmpty() && stage.chain().size() == 1
                && stage.chain().get(0) instanceof ChainOp.ProjectOp p
                && p.columns().stream().allMatch(c -> c instanceof ColumnRef)) {
            picked = p.columns().stream().mapToInt(c -> ((ColumnRef) c).index()).toArray();
            stage = plan.stage(stage.inputs().get(0).source());
        }
        if (!(stage.entry() instanceof Entry.Source src) || !stage.chain().isEmpty() || stage.combiner().isPresent()) {
            return Optional.empty();
        }
        Optional<StoredRelation> rows = workspace.rows(src.input());
        int width = stage.output().orElseThrow().size();
        if (rows.isEmpty() || rows.get().relation().columns().size() != width) {
            return Optional.empty();
        }
        return Optional.of(new Stored(rows.get(), picked != null ? picked : IntStream.range(0, width).toArray()));
    }

    /** The joins of {@code plan} that can use a stored index, given what {@code workspace} holds. */
    static List<Candidate> candidates(PhysicalPlan plan, Workspace workspace) {
        List<Candidate> found = new ArrayList<>();
        if (!plan.loops().isEmpty()) {
            return found;
        }
        for (Stage s : plan.stages()) {
            if (!(s.entry() instanceof Entry.HashJoin j) || j.leftOuter() || j.invariantSide() >= 0
                    || s.scope() != Stage.ROOT || s.inputs().size() != 2
                    || s.entryRow().stream().anyMatch(ScalarType::nullable)) {
                continue;
            }
            Candidate best = null;
            for (int side = 1; side >= 0; side--) {
                Optional<Stored> stored = stored(plan, s.inputs().get(side), workspace);
                List<Expr> storedKeys = side == 0 ? j.leftKeys() : j.rightKeys();
                List<Expr> probeKeys = side == 0 ? j.rightKeys() : j.leftKeys();
                if (stored.isEmpty() || !sameKinds(storedKeys, probeKeys)) {
                    continue;
                }
                int[] map = stored.get().columns();
                int[] keys = IntStream.of(columns(storedKeys)).map(k -> map[k]).toArray();
                // both sides stored: index the smaller one, as a compiled join does (probing a big
                // index jumps around memory; streaming the bigger side past a small one does not)
                if (best == null || stored.get().rows().rows() < best.rows().rows()) {
                    best = new Candidate(s.id(), side, stored.get().rows(), map, keys, columns(probeKeys));
                }
            }
            if (best != null) {
                found.add(best);
            }
        }
        return found;
    }

    private static boolean sameKinds(List<Expr> stored, List<Expr> probe) {
        for (int k = 0; k < stored.size(); k++) {
            if (!(stored.get(k) instanceof ColumnRef a) || !(probe.get(k) instanceof ColumnRef b)
                    || a.type().nullable() || b.type().nullable() || a.type().kind() != b.type().kind()
                    || !StoredIndex.indexable(ColumnKind.valueOf(a.type().kind().name()))) {
                return false;
            }
        }
        return !stored.isEmpty();
    }

    private static int[] columns(List<Expr> keys) {
        return keys.stream().mapToInt(k -> ((ColumnRef) k).index()).toArray();
    }

    /** Rewrites every candidate join of {@code plan}, building the indexes not built yet. */
    static Result rewrite(PhysicalPlan plan, Workspace workspace) {
        List<Candidate> candidates = candidates(plan, workspace);
        if (candidates.isEmpty()) {
            return new Result(plan, List.of(), Set.of());
        }
        Map<Integer, Candidate> byStage = new HashMap<>();
        candidates.forEach(c -> byStage.put(c.stage(), c));
        int[] moved = new int[plan.stages().size()];
        int next = 0;
        for (Stage s : plan.stages()) {
            next += byStage.containsKey(s.id()) ? 1 : 0; // the indexed join goes just before its pass stage
            moved[s.id()] = next++;
        }
        List<RecordType> types = new ArrayList<>(plan.recordTypes());
        List<Stage> stages = new ArrayList<>();
        List<IndexCache.Use> uses = new ArrayList<>();
        for (Stage s : plan.stages()) {
            List<StageInput> inputs = s.inputs().stream().map(in -> new StageInput(moved[in.source()], in.port(),
                    in.exchangeKeys(), in.broadcast())).toList();
            Candidate c = byStage.get(s.id());
            if (c == null) {
                stages.add(new Stage(moved[s.id()], s.name(), s.scope(), s.entry(), inputs, s.entryRow(), s.chain(),
                        s.combiner(), s.output(), s.ports()));
                continue;
            }
            IndexCache.Use use = workspace.indexes().acquire(c.rows(), c.storedKeys());
            uses.add(use);
            StageInput probe = inputs.get(1 - c.storedSide());
            RecordType probeType = plan.stage(s.inputs().get(1 - c.storedSide()).source()).output().orElseThrow();
            RecordType joined = typeOf(types, s.entryRow());
            int probeWidth = probeType.size();
            String probed = IntStream.range(0, probeWidth).mapToObj(i -> "p" + i).collect(Collectors.joining(" "));
            String stored = IntStream.of(c.storedColumns()).mapToObj(i -> "s" + i).collect(Collectors.joining(" "));
            if (probeWidth + c.storedColumns().length != s.entryRow().size()) {
                throw new IllegalStateException("a join row of " + s.entryRow().size() + " columns from "
                        + probeWidth + " and " + c.storedColumns().length);
            }
            String outputs = c.storedSide() == 1 ? probed + " " + stored : stored + " " + probed;
            Entry.Custom probing = new Entry.Custom(IndexedJoinVertex.class.getName(),
                    List.of(string(use.id()), string(IntStream.of(c.probeKeys()).mapToObj(Integer::toString)
                            .collect(Collectors.joining(" "))), string(outputs)),
                    names(probeWidth), names(s.entryRow().size()));
            int at = moved[s.id()] - 1;
            stages.add(new Stage(at, "indexed join on " + use.description(), s.scope(), probing, List.of(probe),
                    s.entryRow(), List.of(), Optional.empty(), Optional.of(joined), 1));
            stages.add(new Stage(moved[s.id()], "map", s.scope(), new Entry.Pass(), List.of(StageInput.pipeline(at)),
                    s.entryRow(), s.chain(), s.combiner(), s.output(), s.ports()));
        }
        List<PhysicalPlan.OutputSpec> outputs = plan.outputs().stream().map(o -> new PhysicalPlan.OutputSpec(o.name(),
                o.fieldNames(), o.type(), o.destination(), moved[o.sinkStage()], o.ordered())).toList();
        PhysicalPlan rewritten = new PhysicalPlan(plan.inputs(), plan.params(), types, stages, outputs, plan.loops());
        return new Result(rewritten, uses, unfed(rewritten));
    }

    /** The inputs whose source stage no output depends on any more. */
    private static Set<String> unfed(PhysicalPlan plan) {
        Set<Integer> live = new HashSet<>();
        Deque<Integer> todo = new ArrayDeque<>();
        plan.outputs().forEach(o -> todo.push(o.sinkStage()));
        while (!todo.isEmpty()) {
            int id = todo.pop();
            if (live.add(id)) {
                plan.stage(id).inputs().forEach(in -> todo.push(in.source()));
            }
        }
        Set<String> unfed = new LinkedHashSet<>();
        for (Stage s : plan.stages()) {
            if (s.entry() instanceof Entry.Source src && !live.contains(s.id())) {
                unfed.add(src.input());
            }
        }
        return unfed;
    }

    private static RecordType typeOf(List<RecordType> types, List<ScalarType> columns) {
        for (RecordType t : types) {
            if (t.columns().equals(columns)) {
                return t;
            }
        }
        RecordType added = new RecordType(types.size(), columns);
        types.add(added);
        return added;
    }

    private static List<String> names(int width) {
        return IntStream.range(0, width).mapToObj(i -> "c" + i).toList();
    }

    private static Literal string(String value) {
        return new Literal(value, ScalarType.STRING);
    }
}
