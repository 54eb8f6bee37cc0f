package io.nereid.compiler.analyze;

import io.nereid.compiler.diag.Diagnostic;
import io.nereid.compiler.diag.NqCompileException;
import io.nereid.compiler.diag.SourceLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the semantic errors of a program so that analysis can go on after the first one and
 * report them all, ordered by location.
 */
final class Reporter {
    private final List<Diagnostic> errors = new ArrayList<>();

    void error(SourceLocation location, String message) {
        errors.add(Diagnostic.error(location, message));
    }

    void error(SourceLocation location, String message, String hint) {
        errors.add(hint == null ? Diagnostic.error(location, message) : Diagnostic.error(location, message, hint));
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Throws the collected errors, if any, sorted by location (stable for equal locations). */
    void throwIfErrors() {
        if (!errors.isEmpty()) {
            List<Diagnostic> sorted = new ArrayList<>(errors);
            sorted.sort(Comparator.comparing(Diagnostic::location));
            throw new NqCompileException(sorted);
        }
    }
}
