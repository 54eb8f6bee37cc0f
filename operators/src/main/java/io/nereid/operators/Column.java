package io.nereid.operators;

import java.util.Objects;

/** A named, typed column of a program's input or output relation. */
public record Column(String name, ColumnKind kind) {
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
