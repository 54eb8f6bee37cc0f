package io.nereid.launcher;

import io.nereid.operators.ColumnKind;
import java.util.Objects;

/**
 * A param of a program compiled ahead of time (by {@code nereid-maven-plugin}): its name, type and
 * the value its code was generated with, as text ({@code root}, {@code LONG}, {@code "0"}).
 */
public record BuiltParam(String name, ColumnKind kind, String value) {
    public BuiltParam {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    /** {@code root: long = 0}. */
    public String describe() {
        return name + ": " + kind.nqName() + " = " + (kind == ColumnKind.STRING ? "\"" + value + "\"" : value);
    }
}
