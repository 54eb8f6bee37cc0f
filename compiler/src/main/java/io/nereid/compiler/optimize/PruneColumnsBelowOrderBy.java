package io.nereid.compiler.optimize;

import io.nereid.compiler.plan.NamedExpr;
import io.nereid.compiler.plan.OrderBy;
import io.nereid.compiler.plan.Plan;
import io.nereid.compiler.plan.Project;
import io.nereid.compiler.plan.SortKey;
import io.nereid.compiler.plan.expr.ColumnRef;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.plan.expr.Exprs;
import io.nereid.compiler.types.Schema;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * A projection over an order-by reads few of the columns being sorted: below the order-by, a
 * projection keeps only those and the sort keys, so that the rows sorted (and, when the order-by
 * sits on a join, the rows joined and exchanged, once {@link PruneProjections} pushes the new
 * projection into the join) are narrow. TPC-H Q18 sorts a three-way join by two columns and
 * keeps six.
 */
public final class PruneColumnsBelowOrderBy extends LocalRule {
    @Override
    protected Optional<Plan> rewrite(Plan node) {
        if (!(node instanceof Project p) || !(p.input() instanceof OrderBy o)) {
            return Optional.empty();
        }
        List<Expr> read = new ArrayList<>();
        p.columns().forEach(c -> read.add(c.expr()));
        o.keys().forEach(k -> read.add(k.expr()));
        BitSet used = Exprs.columns(read);
        Schema in = o.input().schema();
        if (used.isEmpty()) {
            used.set(0);
        }
        if (used.cardinality() == in.size()) {
            return Optional.empty();
        }
        int[] map = new int[in.size()];
        List<NamedExpr> kept = new ArrayList<>();
        for (int i = used.nextSetBit(0); i >= 0; i = used.nextSetBit(i + 1)) {
            map[i] = kept.size();
            kept.add(new NamedExpr(in.field(i).name(), new ColumnRef(i, in.field(i).name(), in.type(i))));
        }
        OrderBy sorted = new OrderBy(new Project(o.input(), kept),
                o.keys().stream().map(k -> new SortKey(Exprs.remap(k.expr(), i -> map[i]), k.descending())).toList(),
                o.limit());
        return Optional.of(new Project(sorted, p.columns().stream()
                .map(c -> new NamedExpr(c.name(), Exprs.remap(c.expr(), i -> map[i]))).toList()));
    }
}
