package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.time.LocalDate;
import java.util.Objects;

/** {@code date "2024-01-01"}; the text was checked to be an ISO date. */
public record DateLiteral(SourceLocation location, LocalDate value) implements Literal {

    public DateLiteral {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(value, "value");
    }
}
