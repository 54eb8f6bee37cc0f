package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.util.Objects;

/** {@code true} or {@code false}. */
public record BoolLiteral(SourceLocation location, boolean value) implements Literal {

    public BoolLiteral {
        Objects.requireNonNull(location, "location");
    }
}
