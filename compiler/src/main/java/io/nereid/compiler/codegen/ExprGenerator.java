package io.nereid.compiler.codegen;

import com.palantir.javapoet.CodeBlock;
import io.nereid.compiler.physical.UnsupportedPlanException;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Compiles a scalar expression to one Java expression over the current row's columns (each
 * given as a code block: a local variable or an array element). Values are never boxed.
 * Semantics follow the compiler's reference evaluator: Java arithmetic, doubles compared as
 * {@code Double.compare} does, strings by {@code equals}/{@code compareTo}.
 */
final class ExprGenerator {
    private final Map<String, Literal> params;

    ExprGenerator(Map<String, Literal> params) {
        this.params = Objects.requireNonNull(params, "params");
    }

    CodeBlock generate(Expr e, List<CodeBlock> row) {
        if (e instanceof ColumnRef c) {
            return row.get(c.index());
        } else if (e instanceof Literal l) {
            return literal(l);
        } else if (e instanceof ParamRef p) {
            Literal value = params.get(p.name());
            if (value == null) {
                throw new UnsupportedPlanException("param '" + p.name() + "' has no value: give it a default"
                        + " in the program (nq run cannot set params yet)");
            }
            return literal(value);
        } else if (e instanceof Unary u) {
            return CodeBlock.of(u.op() == UnaryOp.NOT ? "(!$L)" : "(-$L)", generate(u.operand(), row));
        } else if (e instanceof Binary b) {
            return binary(b, row);
        } else if (e instanceof Call c) {
            return BuiltinCalls.generate(c, c.arguments().stream().map(a -> generate(a, row)).toList());
        } else if (e instanceof JavaCall j) {
            CodeBlock args = j.arguments().stream().map(a -> generate(a, row)).collect(CodeBlock.joining(", "));
            return CodeBlock.of("$L.$L($L)", j.method().className(), j.method().methodName(), args);
        } else if (e instanceof Cast c) {
            return cast(generate(c.operand(), row), c.operand().type().kind(), c.type().kind());
        } else if (e instanceof Case c) {
            CodeBlock acc = generate(c.otherwise(), row);
            for (int i = c.branches().size() - 1; i >= 0; i--) {
                Case.When w = c.branches().get(i);
                acc = CodeBlock.of("($L ? $L : $L)", generate(w.condition(), row), generate(w.value(), row), acc);
            }
            return acc;
        } else if (e instanceof IsNull n) {
            return CodeBlock.of(n.negated() ? "true" : "false"); // every generated value is non-null
        }
        throw new IllegalStateException("unknown expression " + e);
    }

    static CodeBlock literal(Literal l) {
        Object v = l.value();
        if (v == null) {
            throw new UnsupportedPlanException("nq run does not support null values yet");
        }
        return switch (l.type().kind()) {
            case BOOL, INT -> CodeBlock.of("$L", v);
            case LONG -> CodeBlock.of("$LL", v);
            case DOUBLE -> doubleLiteral((Double) v);
            case STRING -> CodeBlock.of("$S", v);
            case DATE -> CodeBlock.of("$L /* $L */", ((LocalDate) v).toEpochDay(), v);
            case NULL -> throw new UnsupportedPlanException("nq run does not support null values yet");
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

    private CodeBlock binary(Binary b, List<CodeBlock> row) {
        CodeBlock l = generate(b.left(), row);
        CodeBlock r = generate(b.right(), row);
        BinaryOp op = b.op();
        if (op == BinaryOp.AND) {
            return CodeBlock.of("($L && $L)", l, r);
        } else if (op == BinaryOp.OR) {
            return CodeBlock.of("($L || $L)", l, r);
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
