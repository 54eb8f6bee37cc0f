package io.nereid.compiler.optimize;

import io.nereid.compiler.plan.Aggregate;
import io.nereid.compiler.plan.AggregateCall;
import io.nereid.compiler.plan.Filter;
import io.nereid.compiler.plan.FlatMap;
import io.nereid.compiler.plan.Join;
import io.nereid.compiler.plan.NamedExpr;
import io.nereid.compiler.plan.OrderBy;
import io.nereid.compiler.plan.Plan;
import io.nereid.compiler.plan.Project;
import io.nereid.compiler.plan.SemiJoin;
import io.nereid.compiler.plan.SortKey;
import io.nereid.compiler.plan.expr.Expr;
import java.util.List;
import java.util.function.UnaryOperator;

/** Rewrites the scalar expressions a plan node holds (not those of its inputs). */
final class PlanExprs {
    private PlanExprs() {
    }

    static Plan map(Plan node, UnaryOperator<Expr> f) {
        if (node instanceof Project p) {
            return new Project(p.input(), named(p.columns(), f));
        } else if (node instanceof Filter x) {
            return new Filter(x.input(), f.apply(x.condition()));
        } else if (node instanceof FlatMap m) {
            return new FlatMap(m.input(), m.function(), list(m.arguments(), f), m.name(), m.elementType());
        } else if (node instanceof Join j) {
            return new Join(j.left(), j.right(), j.kind(), list(j.leftKeys(), f), list(j.rightKeys(), f));
        } else if (node instanceof SemiJoin s) {
            return new SemiJoin(s.left(), s.right(), list(s.leftKeys(), f), list(s.rightKeys(), f), s.anti());
        } else if (node instanceof Aggregate a) {
            List<AggregateCall> aggs = a.aggregates().stream().map(c -> c.withArgument(c.argument().map(f))).toList();
            return new Aggregate(a.input(), named(a.keys(), f), aggs);
        } else if (node instanceof OrderBy o) {
            return new OrderBy(o.input(), o.keys().stream().map(k -> new SortKey(f.apply(k.expr()), k.descending())).toList(),
                    o.limit());
        }
        return node;
    }

    private static List<NamedExpr> named(List<NamedExpr> in, UnaryOperator<Expr> f) {
        return in.stream().map(n -> new NamedExpr(n.name(), f.apply(n.expr()))).toList();
    }

    private static List<Expr> list(List<Expr> in, UnaryOperator<Expr> f) {
        return in.stream().map(f).toList();
    }
}
