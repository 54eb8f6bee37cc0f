package io.nereid.compiler.analyze;

import io.nereid.compiler.ast.JoinClause;
import io.nereid.compiler.ast.TupleExpr;
import io.nereid.compiler.ast.TupleField;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.types.ScalarType;
import io.nereid.compiler.types.TypeRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The keys of {@code join y in s on left equals right}: one pair, or several when both sides are
 * tuples ({@code on (a.x, a.y) equals (b.x, b.y)}). Each pair is converted to a common type.
 */
record JoinKeys(List<Expr> left, List<Expr> right) {
    static JoinKeys of(JoinClause j, Scope leftScope, Scope rightScope, ScalarAnalyzer scalars) {
        Reporter reporter = scalars.reporter();
        List<io.nereid.compiler.ast.Expr> ls = parts(j.leftKey());
        List<io.nereid.compiler.ast.Expr> rs = parts(j.rightKey());
        if (ls.size() != rs.size()) {
            reporter.error(j.rightKey().location(), "the two sides of `equals` have " + ls.size() + " and " + rs.size()
                    + " keys", "write as many keys on both sides: on (a.x, a.y) equals (b.x, b.y)");
            return null;
        }
        List<Expr> left = new ArrayList<>();
        List<Expr> right = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < ls.size(); i++) {
            Expr l = scalars.analyze(ls.get(i), leftScope);
            Expr r = scalars.analyze(rs.get(i), rightScope);
            if (l == null || r == null) {
                ok = false;
                continue;
            }
            Optional<ScalarType> t = TypeRules.commonType(l.type(), r.type());
            if (t.isEmpty()) {
                reporter.error(rs.get(i).location(), "join keys have different types: " + l.type() + " and " + r.type(),
                        "convert one side with cast(... as " + l.type().kind().nqName() + ")");
                ok = false;
                continue;
            }
            left.add(Coercions.toKind(l, t.get().kind()));
            right.add(Coercions.toKind(r, t.get().kind()));
        }
        return ok ? new JoinKeys(left, right) : null;
    }

    private static List<io.nereid.compiler.ast.Expr> parts(io.nereid.compiler.ast.Expr key) {
        if (key instanceof TupleExpr t) {
            return t.fields().stream().map(TupleField::value).toList();
        }
        return List.of(key);
    }
}
