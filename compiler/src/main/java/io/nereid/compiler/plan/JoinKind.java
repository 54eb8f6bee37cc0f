package io.nereid.compiler.plan;

/** Inner join, or left outer join (unmatched left rows get nulls on the right). */
public enum JoinKind {
    INNER, LEFT
}
