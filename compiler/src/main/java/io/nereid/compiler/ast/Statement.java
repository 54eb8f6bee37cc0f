package io.nereid.compiler.ast;

/** A top-level statement of a program. */
public sealed interface Statement extends Node permits ImportJava, InputDecl, ParamDecl, LetDecl, OutputDecl {
}
