package io.nereid.compiler.types;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One overload of a function: parameter kinds and result kind. Printed as
 * {@code substring(string, int, int) -> string}; a variadic signature repeats its last
 * parameter ({@code coalesce(T, T...) -> T}).
 */
public record FunctionSignature(String name, List<ScalarKind> parameters, ScalarKind result, boolean variadic) {
    public FunctionSignature {
        Objects.requireNonNull(name, "name");
        parameters = List.copyOf(Objects.requireNonNull(parameters, "parameters"));
        Objects.requireNonNull(result, "result");
    }

    public static FunctionSignature of(String name, ScalarKind result, ScalarKind... parameters) {
        return new FunctionSignature(name, List.of(parameters), result, false);
    }

    /** True when {@code count} arguments fit this signature. */
    public boolean acceptsArity(int count) {
        return variadic ? count >= parameters.size() : count == parameters.size();
    }

    /** The kind expected for argument {@code i}. */
    public ScalarKind parameter(int i) {
        return i < parameters.size() ? parameters.get(i) : parameters.get(parameters.size() - 1);
    }

    /**
     * How many argument kinds must widen to match, or -1 when the arguments do not fit.
     * The {@code null} literal fits any parameter.
     */
    public int conversionCost(List<ScalarType> arguments) {
        if (!acceptsArity(arguments.size())) {
            return -1;
        }
        int cost = 0;
        for (int i = 0; i < arguments.size(); i++) {
            ScalarKind actual = arguments.get(i).kind();
            ScalarKind expected = parameter(i);
            if (actual == ScalarKind.NULL || actual == expected) {
                continue;
            }
            if (!TypeRules.isKindAssignable(actual, expected)) {
                return -1;
            }
            cost++;
        }
        return cost;
    }

    @Override
    public String toString() {
        String params = parameters.stream().map(ScalarKind::nqName).collect(Collectors.joining(", "));
        return name + "(" + params + (variadic ? "..." : "") + ") -> " + result.nqName();
    }
}
