package io.nereid.compiler.analyze;

import io.nereid.compiler.diag.SourceLocation;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.types.RelationType;
import io.nereid.compiler.types.ScalarType;

/** What a name denotes in a scope. */
sealed interface Binding {
    String name();

    /** A relation: an input, a {@code let} of a relation, or a loop variable. */
    record RelationName(String name, Rel rel, SourceLocation declared, String what) implements Binding {
    }

    /** A program parameter. */
    record Param(String name, ScalarType type, SourceLocation declared) implements Binding {
    }

    /** A scalar {@code let} (top level or inside a query): its translated expression, inlined where used. */
    record ScalarLet(String name, Expr value, SourceLocation declared) implements Binding {
    }

    /**
     * A range variable: the columns {@code [offset, offset + type.schema().size())} of the
     * current row; a single value when the relation holds bare values.
     */
    record RowVar(String name, int offset, RelationType type) implements Binding {
    }

    /** The group variable of {@code group ... into g}. */
    record GroupVar(String name, GroupContext group) implements Binding {
    }

    /** An imported Java class ({@code import java com.acme.Fns;}). */
    record JavaClass(String name, Class<?> type, String className) implements Binding {
    }

    /**
     * A name for a tuple of expressions over the current row (a query {@code let} of a tuple, or
     * the elements of {@code group (a: x.a, b: y.b) by ...}); {@code t.a} inlines the field.
     */
    record RecordLet(String name, java.util.List<io.nereid.compiler.plan.NamedExpr> fields) implements Binding {
        public RecordLet {
            fields = java.util.List.copyOf(fields);
        }

        public java.util.Optional<io.nereid.compiler.plan.NamedExpr> field(String fieldName) {
            return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
        }
    }

    /** A name that exists but may not be used here (an outer range variable on the right of {@code equals}). */
    record OutOfReach(String name, String message, String hint) implements Binding {
    }

    /** A name whose definition had errors: uses are not reported again. */
    record Poisoned(String name) implements Binding {
    }
}
