package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.util.Objects;

/** {@code until fixpoint}: run the body until the loop variable stops changing. */
public record Fixpoint(SourceLocation location) implements LoopBound {

    public Fixpoint {
        Objects.requireNonNull(location, "location");
    }
}
