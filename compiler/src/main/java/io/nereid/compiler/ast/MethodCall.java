package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.util.List;
import java.util.Objects;

/** {@code target.method(args)}: LINQ method syntax on a relation ({@code r.where(x => ...)}, {@code .select}, {@code .distinct()}, {@code .union}, {@code .concat}, {@code .intersect}, {@code .except}, {@code .take}, {@code .orderby}, ...) or a static Java call on an imported class ({@code Fns.f(x)}, target a {@link Name}). The parser does not tell them apart; the analyzer does. */
public record MethodCall(SourceLocation location, Expr target, Identifier method, List<Expr> arguments) implements Expr {

    public MethodCall {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(method, "method");
        arguments = List.copyOf(Objects.requireNonNull(arguments, "arguments"));
    }
}
