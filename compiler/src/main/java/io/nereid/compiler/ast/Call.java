package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.util.List;
import java.util.Objects;

/** A function call {@code f(a, b)}: built-in scalar functions ({@code lower}, {@code split}, {@code coalesce}) and aggregates ({@code count(g)}, {@code sum(g)}, {@code min}, {@code max}, {@code avg}). */
public record Call(SourceLocation location, Identifier function, List<Expr> arguments) implements Expr {

    public Call {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(function, "function");
        arguments = List.copyOf(Objects.requireNonNull(arguments, "arguments"));
    }
}
