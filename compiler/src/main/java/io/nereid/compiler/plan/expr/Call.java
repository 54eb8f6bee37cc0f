package io.nereid.compiler.plan.expr;

import io.nereid.compiler.types.BuiltinFunction;
import io.nereid.compiler.types.ScalarType;
import java.util.List;
import java.util.Objects;

/** A call of a built-in scalar function; the arguments already have the parameter kinds. */
public record Call(BuiltinFunction function, List<Expr> arguments, ScalarType type) implements Expr {
    public Call {
        Objects.requireNonNull(function, "function");
        arguments = List.copyOf(Objects.requireNonNull(arguments, "arguments"));
        Objects.requireNonNull(type, "type");
    }

    @Override
    public List<Expr> children() {
        return arguments;
    }

    @Override
    public Expr withChildren(List<Expr> children) {
        return new Call(function, children, type);
    }
}
