package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.util.List;
import java.util.Objects;

/** A named tuple type {@code (src: long, dst: long)}; the schema of a relation. */
public record TupleType(SourceLocation location, List<FieldType> fields) implements TypeRef {

    public TupleType {
        Objects.requireNonNull(location, "location");
        fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
    }
}
