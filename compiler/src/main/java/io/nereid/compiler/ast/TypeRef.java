package io.nereid.compiler.ast;

/** A type as written in the source: a scalar type or a named tuple type. */
public sealed interface TypeRef extends Node permits PrimitiveType, TupleType {
}
