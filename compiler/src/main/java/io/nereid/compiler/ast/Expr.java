package io.nereid.compiler.ast;

/**
 * An expression. NQ has one expression language for scalars and relations (as LINQ does):
 * queries, iterates and method calls on relations are expressions too; the analyzer decides which
 * expressions denote relations.
 */
public sealed interface Expr extends Node
        permits Literal, Name, FieldAccess, Call, MethodCall, Lambda, Binary, Unary, IfExpr, CaseExpr,
                Cast, TupleExpr, Exists, Query, Iterate {
}
