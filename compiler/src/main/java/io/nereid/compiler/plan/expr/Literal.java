package io.nereid.compiler.plan.expr;

import io.nereid.compiler.types.ScalarKind;
import io.nereid.compiler.types.ScalarType;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A constant. The value's Java class matches the kind: Boolean, Integer, Long, Double, String,
 * LocalDate, or null (for a nullable type).
 */
public record Literal(Object value, ScalarType type) implements Expr {
    public Literal {
        Objects.requireNonNull(type, "type");
        if (value == null) {
            if (!type.nullable()) {
                throw new IllegalArgumentException("null literal of non-null type " + type);
            }
        } else if (type.kind() == ScalarKind.NULL || !type.kind().boxedClass().isInstance(value)) {
            throw new IllegalArgumentException("value " + value + " (" + value.getClass().getSimpleName()
                    + ") is not a " + type);
        }
    }

    public static Literal of(boolean v) {
        return new Literal(v, ScalarType.BOOL);
    }

    public static Literal of(int v) {
        return new Literal(v, ScalarType.INT);
    }

    public static Literal of(long v) {
        return new Literal(v, ScalarType.LONG);
    }

    public static Literal of(double v) {
        return new Literal(v, ScalarType.DOUBLE);
    }

    public static Literal of(String v) {
        return new Literal(Objects.requireNonNull(v, "v"), ScalarType.STRING);
    }

    public static Literal of(LocalDate v) {
        return new Literal(Objects.requireNonNull(v, "v"), ScalarType.DATE);
    }

    /** The null constant of a type. */
    public static Literal nullOf(ScalarType type) {
        return new Literal(null, type.asNullable());
    }

    public boolean isNull() {
        return value == null;
    }

    /** True when this is the boolean constant {@code b}. */
    public boolean is(boolean b) {
        return Boolean.valueOf(b).equals(value);
    }

    @Override
    public List<Expr> children() {
        return List.of();
    }

    @Override
    public Expr withChildren(List<Expr> children) {
        return this;
    }
}
