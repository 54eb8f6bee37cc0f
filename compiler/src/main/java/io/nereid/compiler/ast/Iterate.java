package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.util.List;
import java.util.Objects;

/** {@code iterate v = initial times N { lets; body }} or {@code ... until fixpoint { ... }}: {@code v} starts as {@code initial}; each round {@code v} becomes the value of {@code body}. The body may start with local {@code let} bindings. Iterates nest. */
public record Iterate(SourceLocation location, Identifier variable, Expr initial, LoopBound bound, List<LetDecl> lets, Expr body) implements Expr {

    public Iterate {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(bound, "bound");
        lets = List.copyOf(Objects.requireNonNull(lets, "lets"));
        Objects.requireNonNull(body, "body");
    }
}
