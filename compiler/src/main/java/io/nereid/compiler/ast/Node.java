package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;

/**
 * A node of the NQ abstract syntax tree. Every node is an immutable record with its source
 * location as first component; children are records or immutable lists of records.
 *
 * <p>Record equality includes locations. To compare trees regardless of where they were written
 * (e.g. a program and its formatted form), use {@link AstEquivalence#equivalent}.
 */
public sealed interface Node
        permits Program, Identifier, Statement, TypeRef, FieldType, Expr, WhenClause, TupleField,
                QueryClause, Ordering, LoopBound {

    /** Where this node starts in the source (1-based line and column). */
    SourceLocation location();
}
