package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.util.Objects;
import java.util.Optional;

/** {@code param root : long = 0;} a program parameter, set from the command line; the default is a literal (a negative number is one literal). */
public record ParamDecl(SourceLocation location, Identifier name, TypeRef type, Optional<Literal> defaultValue) implements Statement {

    public ParamDecl {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
    }
}
