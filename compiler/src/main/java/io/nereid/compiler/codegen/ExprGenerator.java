package io.nereid.compiler.codegen;

import com.palantir.javapoet.CodeBlock;
import io.nereid.compiler.physical.NullLiterals;
import io.nereid.compiler.physical.UnsupportedPlanException;
import io.nereid.compiler.plan.ParamDecl;
import io.nereid.compiler.plan.expr.Binary;
import io.nereid.compiler.plan.expr.BinaryOp;
import io.nereid.compiler.plan.expr.Call;
import io.nereid.compiler.plan.expr.Case;
import io.nereid.compiler.plan.expr.Cast;
import io.nereid.compiler.plan.expr.ColumnRef;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.plan.expr.IsNull;
import io.nereid.compiler.plan.expr.JavaCall;
import io.nereid.compiler.plan.expr.Literal;
import io.nereid.compiler.plan.expr.ParamRef;
import io.nereid.compiler.plan.expr.Unary;
import io.nereid.compiler.plan.expr.UnaryOp;
import io.nereid.compiler.types.ScalarKind;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Compiles a scalar expression to one Java expression over the current row's columns (each
 * given as a code block: a local variable or an array element). Values are never boxed.
 * Semantics follow the compiler's reference evaluator: Java arithmetic, doubles compared as
 * {@code Double.compare} does, strings by {@code equals}/{@code compareTo}.
 *
 * <p>A param is read from a final field of the generated class ({@link ParamFields}); the
 * generator remembers which params it read, so that the class declares those fields. Use one
 * generator per generated class ({@link #forClass()}).
 */
final class ExprGenerator {
    private final List<ParamDecl> params;
    private final Set<String> read = new HashSet<>();

    ExprGenerator(List<ParamDecl> params) {
        this.params = List.copyOf(Objects.requireNonNull(params, "params"));
    }

    /** A generator with the same params for another generated class, which has read none yet. */
    ExprGenerator forClass() {
        return new ExprGenerator(params);
    }

    /** The params the code generated so far reads, in declaration order. */
    List<ParamDecl> readParams() {
        return params.stream().filter(p -> read.contains(p.name())).toList();
    }

    /** The value of {@code e} over a row whose columns are all non-null. */
    CodeBlock generate(Expr e, List<CodeBlock> row) {
        return generate(e, row, null);
    }

    /**
     * The value of {@code e}; {@code nulls} gives, per column, a boolean expression telling
     * whether it is null (an entry is null for a column that never is; the list itself may be
     * null). A null value is carried as its type's default (0, false, ""), so that evaluating an
     * expression never fails on a null operand; {@link #nullOf} tells whether it is null.
     */
    CodeBlock generate(Expr e, List<CodeBlock> row, List<CodeBlock> nulls) {
        e = NullLiterals.typed(e);
        CodeBlock n = nullOf(e, row, nulls);
        if (n != null && !(e instanceof ColumnRef) && !(e instanceof Literal) && strict(e)) {
            return CodeBlock.of("($L ? $L : $L)", n, defaultValue(e.type().kind()), valueOf(e, row, nulls));
        }
        return valueOf(e, row, nulls);
    }

    /** Whether the value is null, as a boolean expression; null when it never is. */
    CodeBlock nullOf(Expr e, List<CodeBlock> row, List<CodeBlock> nulls) {
        e = NullLiterals.typed(e);
        if (e instanceof ColumnRef c) {
            return nulls == null ? null : nulls.get(c.index());
        } else if (e instanceof Literal l) {
            return l.isNull() ? CodeBlock.of("true") : null;
        } else if (e instanceof IsNull) {
            return null;
        } else if (e instanceof Binary b && (b.op() == BinaryOp.AND || b.op() == BinaryOp.OR)) {
            CodeBlock nl = nullOf(b.left(), row, nulls);
            CodeBlock nr = nullOf(b.right(), row, nulls);
            if (nl == null && nr == null) {
                return null;
            }
            return CodeBlock.of("(!$L && $L)", decided(b, row, nulls), or(nl, nr));
        } else if (e instanceof Call c && c.function() == io.nereid.compiler.types.BuiltinFunction.COALESCE) {
            CodeBlock all = null;
            for (Expr a : c.arguments()) {
                CodeBlock n = nullOf(a, row, nulls);
                if (n == null) {
                    return null;
                }
                all = all == null ? n : CodeBlock.of("($L && $L)", all, n);
            }
            return all;
        } else if (e instanceof Case c) {
            CodeBlock acc = nullOf(c.otherwise(), row, nulls);
            boolean any = acc != null;
            for (Case.When w : c.branches()) {
                any |= nullOf(w.value(), row, nulls) != null;
            }
            if (!any) {
                return null;
            }
            acc = acc == null ? CodeBlock.of("false") : acc;
            for (int i = c.branches().size() - 1; i >= 0; i--) {
                Case.When w = c.branches().get(i);
                CodeBlock nv = nullOf(w.value(), row, nulls);
                acc = CodeBlock.of("($L ? $L : $L)", generate(w.condition(), row, nulls),
                        nv == null ? CodeBlock.of("false") : nv, acc);
            }
            return acc;
        }
        CodeBlock any = null;
        for (Expr child : e.children()) {
            any = or(any, nullOf(child, row, nulls));
        }
        return any;
    }

    /** For and/or: whether the result is decided (false for and, true for or) by a non-null operand. */
    private CodeBlock decided(Binary b, List<CodeBlock> row, List<CodeBlock> nulls) {
        boolean and = b.op() == BinaryOp.AND;
        CodeBlock l = known(b.left(), row, nulls, !and);
        CodeBlock r = known(b.right(), row, nulls, !and);
        return CodeBlock.of("($L || $L)", l, r);
    }

    /** {@code x} is non-null and equal to {@code value}. */
    private CodeBlock known(Expr x, List<CodeBlock> row, List<CodeBlock> nulls, boolean value) {
        CodeBlock v = generate(x, row, nulls);
        CodeBlock n = nullOf(x, row, nulls);
        CodeBlock test = value ? v : CodeBlock.of("!$L", v);
        return n == null ? test : CodeBlock.of("(!$L && $L)", n, test);
    }

    private static CodeBlock or(CodeBlock a, CodeBlock b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : CodeBlock.of("($L || $L)", a, b);
    }

    /** Operators whose result is null when an operand is (everything but and/or, coalesce, case, is null). */
    private static boolean strict(Expr e) {
        if (e instanceof Binary b) {
            return b.op() != BinaryOp.AND && b.op() != BinaryOp.OR;
        }
        if (e instanceof Call c) {
            return c.function() != io.nereid.compiler.types.BuiltinFunction.COALESCE;
        }
        return !(e instanceof Case) && !(e instanceof IsNull);
    }

    /** The value a null of this kind carries. */
    static CodeBlock defaultValue(ScalarKind kind) {
        return switch (kind) {
            case BOOL -> CodeBlock.of("false");
            case INT, DATE -> CodeBlock.of("0");
            case LONG -> CodeBlock.of("0L");
            case DOUBLE -> CodeBlock.of("0.0");
            case STRING -> CodeBlock.of("\"\"");
            case NULL -> CodeBlock.of("null");
        };
    }

    private CodeBlock valueOf(Expr e, List<CodeBlock> row, List<CodeBlock> nulls) {
        if (e instanceof ColumnRef c) {
            return row.get(c.index());
        } else if (e instanceof Literal l) {
            return literal(l);
        } else if (e instanceof ParamRef p) {
            if (params.stream().noneMatch(d -> d.name().equals(p.name()))) {
                throw new IllegalStateException("param '" + p.name() + "' is not declared");
            }
            read.add(p.name());
            return CodeBlock.of("$N", ParamFields.field(p.name()));
        } else if (e instanceof Unary u) {
            return CodeBlock.of(u.op() == UnaryOp.NOT ? "(!$L)" : "(-$L)", generate(u.operand(), row, nulls));
        } else if (e instanceof Binary b) {
            return binary(b, row, nulls);
        } else if (e instanceof Call c && c.function() == io.nereid.compiler.types.BuiltinFunction.COALESCE) {
            List<Expr> args = c.arguments();
            CodeBlock acc = generate(args.get(args.size() - 1), row, nulls);
            for (int i = args.size() - 2; i >= 0; i--) {
                CodeBlock n = nullOf(args.get(i), row, nulls);
                CodeBlock v = generate(args.get(i), row, nulls);
                acc = n == null ? v : CodeBlock.of("(!$L ? $L : $L)", n, v, acc);
            }
            return acc;
        } else if (e instanceof Call c) {
            return BuiltinCalls.generate(c, c.arguments().stream().map(a -> generate(a, row, nulls)).toList());
        } else if (e instanceof JavaCall j) {
            CodeBlock args = j.arguments().stream().map(a -> generate(a, row, nulls)).collect(CodeBlock.joining(", "));
            return CodeBlock.of("$L.$L($L)", j.method().className(), j.method().methodName(), args);
        } else if (e instanceof Cast c) {
            return cast(generate(c.operand(), row, nulls), c.operand().type().kind(), c.type().kind());
        } else if (e instanceof Case c) {
            CodeBlock acc = generate(c.otherwise(), row, nulls);
            for (int i = c.branches().size() - 1; i >= 0; i--) {
                Case.When w = c.branches().get(i);
                acc = CodeBlock.of("($L ? $L : $L)", generate(w.condition(), row, nulls),
                        generate(w.value(), row, nulls), acc);
            }
            return acc;
        } else if (e instanceof IsNull n) {
            CodeBlock isNull = nullOf(n.operand(), row, nulls);
            if (isNull == null) {
                return CodeBlock.of(n.negated() ? "true" : "false");
            }
            return n.negated() ? CodeBlock.of("(!$L)", isNull) : isNull;
        }
        throw new IllegalStateException("unknown expression " + e);
    }

    static CodeBlock literal(Literal l) {
        Object v = l.value();
        if (v == null) {
            return defaultValue(l.type().kind());
        }
        return switch (l.type().kind()) {
            case BOOL, INT -> CodeBlock.of("$L", v);
            case LONG -> CodeBlock.of("$LL", v);
            case DOUBLE -> doubleLiteral((Double) v);
            case STRING -> CodeBlock.of("$S", v);
            case DATE -> CodeBlock.of("$L /* $L */", ((LocalDate) v).toEpochDay(), v);
            case NULL -> throw new IllegalStateException("a null literal has a value: " + l);
        };
    }

    private static CodeBlock doubleLiteral(double d) {
        if (Double.isNaN(d)) {
            return CodeBlock.of("Double.NaN");
        }
        if (Double.isInfinite(d)) {
            return CodeBlock.of(d > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY");
        }
        return CodeBlock.of("$Ld", Double.toString(d));
    }

    private CodeBlock binary(Binary b, List<CodeBlock> row, List<CodeBlock> nulls) {
        CodeBlock l = generate(b.left(), row, nulls);
        CodeBlock r = generate(b.right(), row, nulls);
        BinaryOp op = b.op();
        if (op == BinaryOp.AND) {
            CodeBlock nl = nullOf(b.left(), row, nulls);
            CodeBlock nr = nullOf(b.right(), row, nulls);
            return nl == null && nr == null ? CodeBlock.of("($L && $L)", l, r)
                    : CodeBlock.of("(!$L && $L)", or(nl, nr), CodeBlock.of("$L && $L", l, r));
        } else if (op == BinaryOp.OR) {
            return nullOf(b, row, nulls) == null && nullOf(b.left(), row, nulls) == null
                    && nullOf(b.right(), row, nulls) == null ? CodeBlock.of("($L || $L)", l, r)
                    : decided(b, row, nulls);
        } else if (op == BinaryOp.CONCAT) {
            return CodeBlock.of("($L + $L)", l, r);
        } else if (op.isArithmetic()) {
            return CodeBlock.of("($L $L $L)", l, op.symbol(), r);
        }
        ScalarKind kind = b.left().type().kind();
        String cmp = op.symbol();
        return switch (kind) {
            case STRING -> op == BinaryOp.EQ ? CodeBlock.of("$L.equals($L)", l, r)
                    : op == BinaryOp.NE ? CodeBlock.of("(!$L.equals($L))", l, r)
                    : CodeBlock.of("($L.compareTo($L) $L 0)", l, r, cmp);
            case DOUBLE -> CodeBlock.of("($T.compare($L, $L) $L 0)", Double.class, l, r, cmp);
            case BOOL -> op == BinaryOp.EQ || op == BinaryOp.NE ? CodeBlock.of("($L $L $L)", l, cmp, r)
                    : CodeBlock.of("($T.compare($L, $L) $L 0)", Boolean.class, l, r, cmp);
            default -> CodeBlock.of("($L $L $L)", l, cmp, r);
        };
    }

    private static CodeBlock cast(CodeBlock v, ScalarKind from, ScalarKind to) {
        if (from == to) {
            return v;
        }
        if (to == ScalarKind.STRING) {
            return from == ScalarKind.DATE ? CodeBlock.of("$T.dateToString($L)", RuntimeNames.FUNCTIONS, v)
                    : CodeBlock.of("$T.valueOf($L)", String.class, v);
        }
        if (from == ScalarKind.STRING) {
            return switch (to) {
                case INT -> CodeBlock.of("$T.parseInt($L.trim())", Integer.class, v);
                case LONG -> CodeBlock.of("$T.parseLong($L.trim())", Long.class, v);
                case DOUBLE -> CodeBlock.of("$T.parseDouble($L.trim())", Double.class, v);
                case DATE -> CodeBlock.of("$T.toDate($L)", RuntimeNames.FUNCTIONS, v);
                case BOOL -> CodeBlock.of("$T.parseBool($L)", RuntimeNames.FUNCTIONS, v);
                default -> throw new UnsupportedPlanException("cannot cast string to " + to.nqName());
            };
        }
        if (from.isNumeric() && to.isNumeric()) {
            return CodeBlock.of("(($L) $L)", to.javaClass().getName().toLowerCase(Locale.ROOT), v);
        }
        throw new UnsupportedPlanException("nq run cannot cast " + from.nqName() + " to " + to.nqName());
    }
}
