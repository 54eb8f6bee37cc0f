package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.util.Objects;

/** A string literal; {@code value} is the text with escapes resolved. */
public record StringLiteral(SourceLocation location, String value) implements Literal {

    public StringLiteral {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(value, "value");
    }
}
