package io.nereid.compiler.plan;

/**
 * Binary set operations on whole rows: {@code CONCAT} keeps all rows of both (bag union),
 * {@code UNION} keeps each distinct row once, {@code INTERSECT} the distinct rows in both,
 * {@code EXCEPT} the distinct rows of the left that are not in the right.
 */
public enum SetOpKind {
    CONCAT, UNION, INTERSECT, EXCEPT
}
