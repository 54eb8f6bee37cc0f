package io.nereid.compiler.plan.expr;

import io.nereid.compiler.types.ScalarType;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;

/** Helpers over scalar expressions: the columns they read, rewriting, conjunctions. */
public final class Exprs {
    private Exprs() {
    }

    /** Rewrites bottom-up: children first, then {@code f} on the rebuilt node. */
    public static Expr transform(Expr e, Function<Expr, Expr> f) {
        List<Expr> children = e.children();
        Expr rebuilt = e;
        if (!children.isEmpty()) {
            List<Expr> mapped = new ArrayList<>(children.size());
            boolean changed = false;
            for (Expr c : children) {
                Expr m = transform(c, f);
                changed |= m != c;
                mapped.add(m);
            }
            if (changed) {
                rebuilt = e.withChildren(mapped);
            }
        }
        return f.apply(rebuilt);
    }

    /** The indexes of the input columns the expression reads. */
    public static BitSet columns(Expr e) {
        BitSet used = new BitSet();
        collect(e, used);
        return used;
    }

    /** The indexes of the input columns any of the expressions read. */
    public static BitSet columns(List<Expr> es) {
        BitSet used = new BitSet();
        es.forEach(e -> collect(e, used));
        return used;
    }

    private static void collect(Expr e, BitSet used) {
        if (e instanceof ColumnRef c) {
            used.set(c.index());
        }
        e.children().forEach(child -> collect(child, used));
    }

    /** The expression with each column index {@code i} replaced by {@code mapping(i)}. */
    public static Expr remap(Expr e, IntUnaryOperator mapping) {
        return transform(e, x -> x instanceof ColumnRef c ? c.withIndex(mapping.applyAsInt(c.index())) : x);
    }

    /** The expression with every column index moved by {@code offset}. */
    public static Expr shift(Expr e, int offset) {
        return offset == 0 ? e : remap(e, i -> i + offset);
    }

    /** The expression with column {@code i} replaced by {@code replacements.get(i)} (inlining a projection). */
    public static Expr substitute(Expr e, List<Expr> replacements) {
        return transform(e, x -> x instanceof ColumnRef c ? replacements.get(c.index()) : x);
    }

    /** The operands of a chain of {@code and}s ({@code a and (b and c)} gives a, b, c). */
    public static List<Expr> conjuncts(Expr e) {
        List<Expr> out = new ArrayList<>();
        addConjuncts(e, out);
        return out;
    }

    private static void addConjuncts(Expr e, List<Expr> out) {
        if (e instanceof Binary b && b.op() == BinaryOp.AND) {
            addConjuncts(b.left(), out);
            addConjuncts(b.right(), out);
        } else {
            out.add(e);
        }
    }

    /** The conjunction of the expressions, left-deep; {@code true} when there are none. */
    public static Expr and(List<Expr> es) {
        if (es.isEmpty()) {
            return Literal.of(true);
        }
        Expr acc = es.get(0);
        for (Expr e : es.subList(1, es.size())) {
            acc = new Binary(BinaryOp.AND, acc, e, new ScalarType(ScalarType.BOOL.kind(),
                    acc.type().nullable() || e.type().nullable()));
        }
        return acc;
    }

    /** The conjunction of two expressions. */
    public static Expr and(Expr a, Expr b) {
        List<Expr> all = new ArrayList<>(conjuncts(a));
        all.addAll(conjuncts(b));
        return and(all);
    }

    /** True when the expression reads no column (it may still read parameters). */
    public static boolean isClosed(Expr e) {
        return columns(e).isEmpty();
    }

    /** True when all columns read are in {@code [from, to)}. */
    public static boolean readsOnly(Expr e, int from, int to) {
        BitSet used = columns(e);
        return used.isEmpty() || (used.nextSetBit(0) >= from && used.length() <= to);
    }
}
