package io.nereid.compiler.types;

import java.util.Optional;

/**
 * The typing rules of NQ: numeric promotion ({@code int < long < double}), the common type of
 * two branches ({@code if}, {@code case}, {@code coalesce}, union), assignability, comparability
 * and which casts exist. Nullability is contagious: an operation on a nullable operand is
 * nullable.
 */
public final class TypeRules {
    private TypeRules() {
    }

    private static int rank(ScalarKind kind) {
        return switch (kind) {
            case INT -> 0;
            case LONG -> 1;
            case DOUBLE -> 2;
            default -> throw new IllegalArgumentException("not numeric: " + kind);
        };
    }

    /** The wider of two numeric kinds. */
    public static ScalarKind widerNumeric(ScalarKind a, ScalarKind b) {
        return rank(a) >= rank(b) ? a : b;
    }

    /** The result type of arithmetic on two operands, if both are numeric. */
    public static Optional<ScalarType> promote(ScalarType a, ScalarType b) {
        if (!a.isNumeric() || !b.isNumeric()) {
            return Optional.empty();
        }
        return Optional.of(new ScalarType(widerNumeric(a.kind(), b.kind()), a.nullable() || b.nullable()));
    }

    /**
     * The type both values convert to (the type of {@code if c then a else b}): equal kinds,
     * numeric promotion, or {@code null} with anything (which makes it nullable).
     */
    public static Optional<ScalarType> commonType(ScalarType a, ScalarType b) {
        boolean nullable = a.nullable() || b.nullable();
        if (a.kind() == ScalarKind.NULL) {
            return Optional.of(b.asNullable());
        }
        if (b.kind() == ScalarKind.NULL) {
            return Optional.of(a.asNullable());
        }
        if (a.kind() == b.kind()) {
            return Optional.of(new ScalarType(a.kind(), nullable));
        }
        if (a.isNumeric() && b.isNumeric()) {
            return Optional.of(new ScalarType(widerNumeric(a.kind(), b.kind()), nullable));
        }
        return Optional.empty();
    }

    /** True when a value of type {@code from} may be stored where {@code to} is expected. */
    public static boolean isAssignable(ScalarType from, ScalarType to) {
        if (from.kind() == ScalarKind.NULL) {
            return to.nullable();
        }
        if (from.nullable() && !to.nullable()) {
            return false;
        }
        return isKindAssignable(from.kind(), to.kind());
    }

    /** True when the kinds are equal or {@code from} widens to {@code to} ({@code int -> long -> double}). */
    public static boolean isKindAssignable(ScalarKind from, ScalarKind to) {
        if (from == to) {
            return true;
        }
        return from.isNumeric() && to.isNumeric() && rank(from) <= rank(to);
    }

    /** True when {@code a == b}, {@code a < b} are meaningful. */
    public static boolean isComparable(ScalarType a, ScalarType b) {
        return commonType(a, b).map(t -> t.kind().isOrderable() || t.kind() == ScalarKind.NULL).orElse(false);
    }

    /**
     * True when a cast from {@code from} to {@code to} exists: between numeric kinds (narrowing
     * truncates), anything to string, string to anything (parsed at run time), and the identity.
     */
    public static boolean isCastable(ScalarKind from, ScalarKind to) {
        if (from == to || from == ScalarKind.NULL) {
            return true;
        }
        if (from.isNumeric() && to.isNumeric()) {
            return true;
        }
        return to == ScalarKind.STRING || from == ScalarKind.STRING;
    }
}
