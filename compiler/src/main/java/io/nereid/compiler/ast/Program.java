package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.util.List;
import java.util.Objects;

/** A whole NQ source file: its statements in source order. */
public record Program(SourceLocation location, List<Statement> statements) implements Node {

    public Program {
        Objects.requireNonNull(location, "location");
        statements = List.copyOf(Objects.requireNonNull(statements, "statements"));
    }
}
