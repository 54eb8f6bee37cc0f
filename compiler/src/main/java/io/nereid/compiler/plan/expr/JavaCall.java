package io.nereid.compiler.plan.expr;

import io.nereid.compiler.types.ScalarType;
import java.util.List;
import java.util.Objects;

/**
 * A call of a user's static Java method. Treated as pure (it may be moved, but it is never
 * folded at compile time).
 */
public record JavaCall(JavaMethodRef method, List<Expr> arguments, ScalarType type) implements Expr {
    public JavaCall {
        Objects.requireNonNull(method, "method");
        arguments = List.copyOf(Objects.requireNonNull(arguments, "arguments"));
        Objects.requireNonNull(type, "type");
    }

    @Override
    public List<Expr> children() {
        return arguments;
    }

    @Override
    public Expr withChildren(List<Expr> children) {
        return new JavaCall(method, children, type);
    }
}
