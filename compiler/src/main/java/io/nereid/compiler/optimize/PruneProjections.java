package io.nereid.compiler.optimize;

import io.nereid.compiler.plan.Aggregate;
import io.nereid.compiler.plan.AggregateCall;
import io.nereid.compiler.plan.Join;
import io.nereid.compiler.plan.NamedExpr;
import io.nereid.compiler.plan.Plan;
import io.nereid.compiler.plan.Project;
import io.nereid.compiler.plan.expr.ColumnRef;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.plan.expr.Exprs;
import io.nereid.compiler.plan.expr.Literal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Projection pruning: a projection that copies its input is removed; two projections in a row
 * merge (unless that would compute a costly expression twice); below a projection over a join,
 * each side keeps only the columns the projection and the keys read, so narrower rows are
 * exchanged and indexed (an aggregate over a join first gets such a projection); aggregates
 * nobody reads are dropped.
 */
public final class PruneProjections extends LocalRule {
    @Override
    protected Optional<Plan> rewrite(Plan node) {
        if (node instanceof Aggregate a && a.input() instanceof Join) {
            return narrowAggregateInput(a);
        }
        if (!(node instanceof Project p)) {
            return Optional.empty();
        }
        if (isIdentity(p)) {
            return Optional.of(p.input());
        }
        if (p.input() instanceof Project inner && mergeable(p, inner)) {
            List<Expr> defs = inner.columns().stream().map(NamedExpr::expr).toList();
            return Optional.of(new Project(inner.input(), p.columns().stream()
                    .map(c -> new NamedExpr(c.name(), Exprs.substitute(c.expr(), defs))).toList()));
        }
        if (p.input() instanceof Join j) {
            return JoinColumnPruning.prune(p, j);
        }
        if (p.input() instanceof Aggregate a) {
            return dropUnusedAggregates(p, a);
        }
        return Optional.empty();
    }

    private static boolean isIdentity(Project p) {
        var in = p.input().schema();
        if (p.columns().size() != in.size()) {
            return false;
        }
        for (int i = 0; i < in.size(); i++) {
            NamedExpr c = p.columns().get(i);
            if (!(c.expr() instanceof ColumnRef r) || r.index() != i || !c.name().equals(in.field(i).name())
                    || !r.type().equals(in.type(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean mergeable(Project outer, Project inner) {
        int[] uses = new int[inner.columns().size()];
        for (NamedExpr c : outer.columns()) {
            Exprs.transform(c.expr(), e -> {
                if (e instanceof ColumnRef r) {
                    uses[r.index()]++;
                }
                return e;
            });
        }
        for (int i = 0; i < uses.length; i++) {
            Expr def = inner.columns().get(i).expr();
            if (uses[i] > 1 && !(def instanceof ColumnRef) && !(def instanceof Literal)) {
                return false;
            }
        }
        return true;
    }

    /** An aggregate over a join reads few of its columns: a projection keeps only those, and then prunes the join's sides. */
    private static Optional<Plan> narrowAggregateInput(Aggregate a) {
        List<Expr> read = new ArrayList<>();
        a.keys().forEach(k -> read.add(k.expr()));
        a.aggregates().forEach(c -> c.argument().ifPresent(read::add));
        BitSet used = Exprs.columns(read);
        var in = a.input().schema();
        if (used.isEmpty()) {
            used.set(0);
        }
        if (used.cardinality() == in.size()) {
            return Optional.empty();
        }
        int[] map = new int[in.size()];
        List<NamedExpr> cols = new ArrayList<>();
        for (int i = used.nextSetBit(0); i >= 0; i = used.nextSetBit(i + 1)) {
            map[i] = cols.size();
            cols.add(new NamedExpr(in.field(i).name(), new ColumnRef(i, in.field(i).name(), in.type(i))));
        }
        Project narrowed = new Project(a.input(), cols);
        List<NamedExpr> keys = a.keys().stream().map(k -> new NamedExpr(k.name(), Exprs.remap(k.expr(), i -> map[i]))).toList();
        List<AggregateCall> aggs = a.aggregates().stream()
                .map(c -> c.withArgument(c.argument().map(x -> Exprs.remap(x, i -> map[i])))).toList();
        return Optional.of(new Aggregate(narrowed, keys, aggs));
    }

    private static Optional<Plan> dropUnusedAggregates(Project p, Aggregate a) {
        int keys = a.keys().size();
        BitSet used = Exprs.columns(p.columns().stream().map(NamedExpr::expr).toList());
        List<AggregateCall> kept = new ArrayList<>();
        int[] map = new int[a.schema().size()];
        for (int i = 0; i < keys; i++) {
            map[i] = i;
        }
        for (int i = 0; i < a.aggregates().size(); i++) {
            if (used.get(keys + i)) {
                map[keys + i] = keys + kept.size();
                kept.add(a.aggregates().get(i));
            }
        }
        if (kept.size() == a.aggregates().size()) {
            return Optional.empty();
        }
        Aggregate narrowed = new Aggregate(a.input(), a.keys(), kept);
        return Optional.of(new Project(narrowed, p.columns().stream()
                .map(c -> new NamedExpr(c.name(), Exprs.remap(c.expr(), i -> map[i]))).toList()));
    }
}
