package io.nereid.compiler.ast;

/** A literal constant. */
public sealed interface Literal extends Expr
        permits BoolLiteral, IntegerLiteral, DoubleLiteral, StringLiteral, DateLiteral {
}
