package io.nereid.compiler.analyze;

import io.nereid.compiler.ast.Binary;
import io.nereid.compiler.ast.BinaryOp;
import io.nereid.compiler.ast.Exists;
import io.nereid.compiler.ast.Query;
import io.nereid.compiler.ast.QueryClause;
import io.nereid.compiler.ast.Unary;
import io.nereid.compiler.ast.UnaryOp;
import io.nereid.compiler.ast.WhereClause;
import io.nereid.compiler.plan.Filter;
import io.nereid.compiler.plan.Plan;
import io.nereid.compiler.plan.SemiJoin;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.plan.expr.Exprs;
import io.nereid.compiler.types.ScalarType;
import io.nereid.compiler.types.TypeRules;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * {@code where [not] exists(from y in s where ... select ...)} as a semi-join (anti-join when
 * negated): the sub-query's conditions that compare an outer expression with an inner one using
 * {@code ==} become the keys, those about the inner row alone filter {@code s}.
 */
final class ExistsAnalyzer {
    /** One exists test of a where clause. */
    record ExistsCondition(Exists node, boolean negated) {
    }

    /** A where condition split at its top-level {@code and}s into plain conditions and exists tests. */
    record Split(List<io.nereid.compiler.ast.Expr> conditions, List<ExistsCondition> exists) {
    }

    private final RelationAnalyzer relations;

    ExistsAnalyzer(RelationAnalyzer relations) {
        this.relations = relations;
    }

    Split split(io.nereid.compiler.ast.Expr condition) {
        List<io.nereid.compiler.ast.Expr> conds = new ArrayList<>();
        List<ExistsCondition> tests = new ArrayList<>();
        addParts(condition, conds, tests);
        return new Split(conds, tests);
    }

    private void addParts(io.nereid.compiler.ast.Expr e, List<io.nereid.compiler.ast.Expr> conds, List<ExistsCondition> tests) {
        if (e instanceof Binary b && b.op() == BinaryOp.AND) {
            addParts(b.left(), conds, tests);
            addParts(b.right(), conds, tests);
        } else if (e instanceof Exists x) {
            tests.add(new ExistsCondition(x, false));
        } else if (e instanceof Unary u && u.op() == UnaryOp.NOT && u.operand() instanceof Exists x) {
            tests.add(new ExistsCondition(x, true));
        } else {
            conds.add(e);
        }
    }

    /** The semi-join for one test over rows of {@code width} columns described by {@code scope}; null after errors. */
    UnaryOperator<Plan> semiJoin(ExistsCondition test, Scope scope, int width) {
        Reporter reporter = relations.reporter;
        Scope outer = scope.withoutRows();
        if (!(test.node().query() instanceof Query q)) {
            Rel rel = relations.relation(test.node().query(), outer);
            return rel == null ? null : p -> new SemiJoin(p, rel.plan(), List.of(), List.of(), test.negated());
        }
        Rel inner = relations.relation(q.from().source(), outer);
        String var = q.from().variable().name();
        Scope both = scope.with(inner == null ? new Binding.Poisoned(var) : new Binding.RowVar(var, width, inner.type()));
        List<Expr> leftKeys = new ArrayList<>();
        List<Expr> rightKeys = new ArrayList<>();
        List<Expr> filters = new ArrayList<>();
        boolean ok = inner != null;
        for (QueryClause c : q.body()) {
            if (!(c instanceof WhereClause w)) {
                reporter.error(c.location(), "inside exists(...) only where clauses may follow the from",
                        "put the sub-query in a let and test exists(from y in thatLet where ...)");
                ok = false;
                continue;
            }
            for (io.nereid.compiler.ast.Expr part : split(w.condition()).conditions()) {
                Expr e = relations.scalars.condition(part, both, "a where condition");
                if (e == null) {
                    ok = false;
                    continue;
                }
                BitSet cols = Exprs.columns(e);
                if (cols.nextSetBit(0) >= width || cols.isEmpty()) {
                    filters.add(Exprs.shift(e, -width));
                } else if (e instanceof io.nereid.compiler.plan.expr.Binary b
                        && b.op() == io.nereid.compiler.plan.expr.BinaryOp.EQ && key(b, width, leftKeys, rightKeys)) {
                    continue;
                } else {
                    reporter.error(part.location(), "inside exists(...), a condition that uses the outer row must be "
                            + "`outer == inner`", "compare one expression of the outer row with one of `" + var + "` using ==");
                    ok = false;
                }
            }
        }
        if (!ok) {
            return null;
        }
        Plan right = filters.isEmpty() ? inner.plan() : new Filter(inner.plan(), Exprs.and(filters));
        return p -> new SemiJoin(p, right, leftKeys, rightKeys, test.negated());
    }

    private static boolean key(io.nereid.compiler.plan.expr.Binary b, int width, List<Expr> leftKeys, List<Expr> rightKeys) {
        Expr a = b.left();
        Expr c = b.right();
        if (outerOnly(c, width) && innerOnly(a, width)) {
            Expr t = a;
            a = c;
            c = t;
        }
        if (!outerOnly(a, width) || !innerOnly(c, width)) {
            return false;
        }
        Optional<ScalarType> common = TypeRules.commonType(a.type(), c.type());
        leftKeys.add(a);
        rightKeys.add(Exprs.shift(c, -width));
        return common.isPresent();
    }

    private static boolean outerOnly(Expr e, int width) {
        BitSet cols = Exprs.columns(e);
        return !cols.isEmpty() && cols.length() <= width;
    }

    private static boolean innerOnly(Expr e, int width) {
        BitSet cols = Exprs.columns(e);
        return !cols.isEmpty() && cols.nextSetBit(0) >= width;
    }
}
