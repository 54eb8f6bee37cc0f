package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.util.Objects;

/** {@code import java com.acme.Fns;} (optionally {@code as Alias}): makes the public static methods of a Java class callable as {@code Fns.f(x)}. {@code alias} is the simple class name unless one was given. */
public record ImportJava(SourceLocation location, String className, Identifier alias) implements Statement {

    public ImportJava {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(alias, "alias");
    }
}
