package io.nereid.compiler.types;

import java.util.Objects;

/** A named, typed field of a record schema. Printed as {@code name: type}. */
public record Field(String name, ScalarType type) {
    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** The same field under another name. */
    public Field withName(String newName) {
        return new Field(newName, type);
    }

    /** The same field with a nullable type. */
    public Field asNullable() {
        return new Field(name, type.asNullable());
    }

    @Override
    public String toString() {
        return name + ": " + type;
    }
}
