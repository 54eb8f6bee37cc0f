package io.nereid.cli.repl;

import io.nereid.compiler.ast.Identifier;
import io.nereid.compiler.ast.ImportJava;
import io.nereid.compiler.ast.InputDecl;
import io.nereid.compiler.ast.LetDecl;
import io.nereid.compiler.ast.OutputDecl;
import io.nereid.compiler.ast.ParamDecl;
import io.nereid.compiler.ast.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a REPL session has declared so far: its imports, inputs, params and lets, as parsed
 * statements in the order they were typed. A name declared again replaces its statement in place
 * (so later lets that use it see the new definition). Immutable.
 */
record Declarations(List<Statement> statements) {
    static final Declarations EMPTY = new Declarations(List.of());

    Declarations {
        statements = List.copyOf(Objects.requireNonNull(statements, "statements"));
        for (Statement s : statements) {
            if (s instanceof OutputDecl) {
                throw new IllegalArgumentException("an output is not a declaration");
            }
        }
    }

    /** These declarations with {@code s} added, or replacing the statement of the same name. */
    Declarations with(Statement s) {
        List<Statement> next = new ArrayList<>(statements);
        String name = nameOf(s);
        for (int i = 0; i < next.size(); i++) {
            if (nameOf(next.get(i)).equals(name)) {
                next.set(i, s);
                return new Declarations(next);
            }
        }
        next.add(s);
        return new Declarations(next);
    }

    /** The statement that declares {@code name}. */
    Optional<Statement> find(String name) {
        return statements.stream().filter(s -> nameOf(s).equals(name)).findFirst();
    }

    /** Every declared name, in order. */
    List<String> names() {
        return statements.stream().map(Declarations::nameOf).toList();
    }

    /** The input declared as {@code name}. */
    Optional<InputDecl> input(String name) {
        return find(name).filter(InputDecl.class::isInstance).map(InputDecl.class::cast);
    }

    /** The declared inputs, in order. */
    List<InputDecl> inputs() {
        return statements.stream().filter(InputDecl.class::isInstance).map(InputDecl.class::cast).toList();
    }

    /** The names of the lets, in order. */
    List<String> lets() {
        return statements.stream().filter(LetDecl.class::isInstance).map(Declarations::nameOf).toList();
    }

    /** The name a statement declares. */
    static String nameOf(Statement s) {
        Identifier id;
        if (s instanceof ImportJava i) {
            id = i.alias();
        } else if (s instanceof InputDecl i) {
            id = i.name();
        } else if (s instanceof ParamDecl p) {
            id = p.name();
        } else if (s instanceof LetDecl l) {
            id = l.name();
        } else {
            id = ((OutputDecl) s).name();
        }
        return id.name();
    }
}
