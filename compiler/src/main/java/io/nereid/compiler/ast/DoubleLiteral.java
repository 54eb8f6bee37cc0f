package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.util.Objects;

/** A floating-point literal such as {@code 0.85} or {@code 1e-6}. */
public record DoubleLiteral(SourceLocation location, double value) implements Literal {

    public DoubleLiteral {
        Objects.requireNonNull(location, "location");
    }
}
