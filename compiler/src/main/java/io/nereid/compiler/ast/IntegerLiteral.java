package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.util.Objects;

/** An integer literal such as {@code 42} or {@code 42L}; {@code longSuffix} records the {@code L}. Negative numbers are {@link Unary} negations except in a parameter default. */
public record IntegerLiteral(SourceLocation location, long value, boolean longSuffix) implements Literal {

    public IntegerLiteral {
        Objects.requireNonNull(location, "location");
    }
}
