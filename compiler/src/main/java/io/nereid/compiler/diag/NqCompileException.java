package io.nereid.compiler.diag;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when an NQ program cannot be compiled. Carries every error found (not only the first), in
 * source order as reported; its message is all of them formatted, separated by blank lines.
 */
public final class NqCompileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    public NqCompileException(List<Diagnostic> diagnostics) {
        super(render(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** A compile error with a single diagnostic. */
    public NqCompileException(Diagnostic diagnostic) {
        this(List.of(Objects.requireNonNull(diagnostic, "diagnostic")));
    }

    /** The errors, at least one. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String render(List<Diagnostic> diagnostics) {
        Objects.requireNonNull(diagnostics, "diagnostics");
        if (diagnostics.isEmpty()) {
            throw new IllegalArgumentException("a compile error needs at least one diagnostic");
        }
        return diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n\n"));
    }
}
