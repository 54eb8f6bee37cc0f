package io.nereid.compiler.plan.expr;

import io.nereid.compiler.types.ScalarKind;
import java.util.List;
import java.util.Objects;

/**
 * A user's public static Java method, imported with {@code import java com.acme.Fns;} and
 * resolved by reflection: the binary class name, the method name and its exact Java parameter
 * and result kinds (code generation calls it directly).
 */
public record JavaMethodRef(String className, String methodName, List<ScalarKind> parameterKinds, ScalarKind resultKind) {
    public JavaMethodRef {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(methodName, "methodName");
        parameterKinds = List.copyOf(Objects.requireNonNull(parameterKinds, "parameterKinds"));
        Objects.requireNonNull(resultKind, "resultKind");
    }

    /** The simple name of the class ({@code Fns}). */
    public String simpleClassName() {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? className : className.substring(dot + 1);
    }
}
