package io.nereid.compiler.ast;

/** A clause of a query body (between the first {@code from} and the {@code select}). */
public sealed interface QueryClause extends Node
        permits FromClause, LetClause, WhereClause, JoinClause, GroupClause, OrderByClause {
}
