package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.util.Objects;

/** {@code times N}: run the body N times. */
public record Times(SourceLocation location, Expr count) implements LoopBound {

    public Times {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(count, "count");
    }
}
