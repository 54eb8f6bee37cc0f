package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.util.Objects;

/** One key of an {@code orderby}, ascending unless {@code descending}. */
public record Ordering(SourceLocation location, Expr key, boolean descending) implements Node {

    public Ordering {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(key, "key");
    }
}
