package io.nereid.compiler.plan.expr;

import io.nereid.compiler.types.ScalarType;
import java.util.List;

/**
 * A fully resolved, typed scalar expression over the columns of one input row. This is what
 * code generation consumes: every name is resolved (columns by index, functions to a built-in or
 * a Java method), every implicit conversion is an explicit {@link Cast}, and the operands of
 * arithmetic and comparisons have the same kind.
 */
public sealed interface Expr permits ColumnRef, Literal, ParamRef, Unary, Binary, Call, JavaCall, Cast, Case, IsNull {
    /** The type of the value. */
    ScalarType type();

    /** The direct sub-expressions, in order. */
    List<Expr> children();

    /** This expression with its sub-expressions replaced (same number, same order). */
    Expr withChildren(List<Expr> children);

    /** The canonical printout ({@code (rank#1 * 0.85)}). */
    default String print() {
        return ExprPrinter.print(this);
    }
}
