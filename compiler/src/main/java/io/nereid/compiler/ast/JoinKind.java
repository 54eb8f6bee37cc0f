package io.nereid.compiler.ast;

/** Inner ({@code join}) or left outer ({@code left join}). */
public enum JoinKind {
    INNER, LEFT
}
