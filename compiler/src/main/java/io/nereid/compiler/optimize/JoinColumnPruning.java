package io.nereid.compiler.optimize;

import io.nereid.compiler.plan.Join;
import io.nereid.compiler.plan.NamedExpr;
import io.nereid.compiler.plan.Plan;
import io.nereid.compiler.plan.Project;
import io.nereid.compiler.plan.expr.ColumnRef;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.plan.expr.Exprs;
import io.nereid.compiler.types.Schema;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/** The join part of PruneProjections: narrows each side of a join to the columns read above it and by its keys. */
final class JoinColumnPruning {
    private JoinColumnPruning() {
    }

    static Optional<Plan> prune(Project p, Join j) {
        int leftWidth = j.left().schema().size();
        int rightWidth = j.right().schema().size();
        BitSet above = Exprs.columns(p.columns().stream().map(NamedExpr::expr).toList());
        BitSet left = above.get(0, leftWidth);
        left.or(Exprs.columns(j.leftKeys()));
        BitSet right = above.get(leftWidth, leftWidth + rightWidth);
        right.or(Exprs.columns(j.rightKeys()));
        keepOne(left);
        keepOne(right);
        if (left.cardinality() == leftWidth && right.cardinality() == rightWidth) {
            return Optional.empty();
        }
        int[] leftMap = mapping(left, leftWidth);
        int[] rightMap = mapping(right, rightWidth);
        int newLeftWidth = left.cardinality();
        Plan newLeft = narrow(j.left(), left);
        Plan newRight = narrow(j.right(), right);
        List<Expr> leftKeys = j.leftKeys().stream().map(k -> Exprs.remap(k, i -> leftMap[i])).toList();
        List<Expr> rightKeys = j.rightKeys().stream().map(k -> Exprs.remap(k, i -> rightMap[i])).toList();
        Join joined = new Join(newLeft, newRight, j.kind(), leftKeys, rightKeys);
        List<NamedExpr> columns = p.columns().stream().map(c -> new NamedExpr(c.name(), Exprs.remap(c.expr(),
                i -> i < leftWidth ? leftMap[i] : newLeftWidth + rightMap[i - leftWidth]))).toList();
        return Optional.of(new Project(joined, columns));
    }

    /** A side that nothing reads still keeps one column: its rows still count. */
    private static void keepOne(BitSet used) {
        if (used.isEmpty()) {
            used.set(0);
        }
    }

    private static int[] mapping(BitSet kept, int width) {
        int[] map = new int[width];
        int next = 0;
        for (int i = 0; i < width; i++) {
            map[i] = kept.get(i) ? next++ : -1;
        }
        return map;
    }

    private static Plan narrow(Plan side, BitSet kept) {
        Schema s = side.schema();
        if (kept.cardinality() == s.size()) {
            return side;
        }
        List<NamedExpr> cols = new ArrayList<>();
        for (int i = kept.nextSetBit(0); i >= 0; i = kept.nextSetBit(i + 1)) {
            cols.add(new NamedExpr(s.field(i).name(), new ColumnRef(i, s.field(i).name(), s.type(i))));
        }
        return new Project(side, cols);
    }
}
