package io.nereid.compiler.types;

import java.util.Objects;

/**
 * A scalar type: a {@link ScalarKind} and whether the value may be null. Fields of the inner
 * side of a left outer join are nullable; {@code coalesce} makes them non-null again.
 * Printed as the NQ keyword, with a trailing {@code ?} when nullable ({@code long?}).
 */
public record ScalarType(ScalarKind kind, boolean nullable) {
    public static final ScalarType BOOL = new ScalarType(ScalarKind.BOOL, false);
    public static final ScalarType INT = new ScalarType(ScalarKind.INT, false);
    public static final ScalarType LONG = new ScalarType(ScalarKind.LONG, false);
    public static final ScalarType DOUBLE = new ScalarType(ScalarKind.DOUBLE, false);
    public static final ScalarType STRING = new ScalarType(ScalarKind.STRING, false);
    public static final ScalarType DATE = new ScalarType(ScalarKind.DATE, false);
    /** The type of the {@code null} literal. */
    public static final ScalarType NULL = new ScalarType(ScalarKind.NULL, true);

    public ScalarType {
        Objects.requireNonNull(kind, "kind");
        if (kind == ScalarKind.NULL && !nullable) {
            throw new IllegalArgumentException("the null type is always nullable");
        }
    }

    /** The non-null type of a kind. */
    public static ScalarType of(ScalarKind kind) {
        return new ScalarType(kind, kind == ScalarKind.NULL);
    }

    /** This type, nullable. */
    public ScalarType asNullable() {
        return nullable ? this : new ScalarType(kind, true);
    }

    /** This type, not nullable (the null type stays as it is). */
    public ScalarType asNonNull() {
        return !nullable || kind == ScalarKind.NULL ? this : new ScalarType(kind, false);
    }

    /** This type, nullable when {@code nullable} is true, unchanged otherwise. */
    public ScalarType orNullable(boolean makeNullable) {
        return makeNullable ? asNullable() : this;
    }

    public boolean isNumeric() {
        return kind.isNumeric();
    }

    @Override
    public String toString() {
        return kind == ScalarKind.NULL ? "null" : kind.nqName() + (nullable ? "?" : "");
    }
}
