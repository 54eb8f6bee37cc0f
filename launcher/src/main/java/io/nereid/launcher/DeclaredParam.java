package io.nereid.launcher;

import io.nereid.operators.ColumnKind;
import java.util.Objects;
import java.util.Optional;

/**
 * A param a program declares, as {@code --param} sees it: its name, type and default as text
 * ({@code root}, {@code LONG}, {@code "0"}; no default: the param must be given). {@code nq run}
 * builds these from the program it compiles; {@code nereid-maven-plugin} writes them into the
 * programs it compiles ahead of time.
 */
public record DeclaredParam(String name, ColumnKind kind, Optional<String> defaultValue) {
    public DeclaredParam {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(defaultValue, "defaultValue");
    }

    /** A param with a default. */
    public static DeclaredParam of(String name, ColumnKind kind, String defaultValue) {
        return new DeclaredParam(name, kind, Optional.of(defaultValue));
    }

    /** A param without a default. */
    public static DeclaredParam required(String name, ColumnKind kind) {
        return new DeclaredParam(name, kind, Optional.empty());
    }

    /** {@code root: long = 0}, {@code name: string = "x"}, or {@code factor: long} without a default. */
    public String describe() {
        return name + ": " + kind.nqName() + defaultValue.map(v -> " = " + (kind == ColumnKind.STRING ? "\"" + v + "\"" : v))
                .orElse("");
    }
}
