package io.nereid.cli.repl;

import io.nereid.compiler.diag.Diagnostic;
import io.nereid.compiler.diag.NqCompileException;
import io.nereid.compiler.diag.SourceFile;
import io.nereid.compiler.diag.SourceLocation;
import java.util.List;

/**
 * Errors of a REPL session, all shaped like compile errors ({@code <repl>:1:7: error: ...}, the
 * line typed, a caret, a hint): made at a place in a chunk, or moved from the wrapped source a
 * query is compiled in back to the text the user typed.
 */
final class ReplErrors {
    private ReplErrors() {
    }

    /** An error at character {@code offset} of the chunk's text. */
    static NqCompileException at(Chunk chunk, int offset, String message, String hint) {
        SourceLocation at = chunk.locationOf(Math.max(0, Math.min(offset, chunk.text().length())));
        return new NqCompileException(hint == null ? Diagnostic.error(at, message) : Diagnostic.error(at, message, hint));
    }

    /**
     * The errors of {@code e}, those located in {@code wrapped} (the chunk's text behind
     * {@code wrapperLength} characters of wrapper on its first line, and a trailer after it) moved
     * to the same place in the text as typed.
     */
    static NqCompileException unwrap(NqCompileException e, SourceFile wrapped, Chunk chunk, int wrapperLength) {
        SourceFile typed = chunk.source();
        int lastLine = chunk.line() + (int) chunk.text().chars().filter(c -> c == '\n').count();
        List<Diagnostic> moved = e.diagnostics().stream().map(d -> {
            SourceLocation at = d.location();
            if (!at.file().equals(wrapped)) {
                return d;
            }
            SourceLocation to;
            if (at.line() > lastLine) {
                to = chunk.locationOf(chunk.text().stripTrailing().length());
            } else if (at.line() == chunk.line()) {
                to = typed.location(at.line(), Math.max(chunk.column(), at.column() - wrapperLength));
            } else {
                to = typed.location(at.line(), at.column());
            }
            return new Diagnostic(to, d.message(), d.hint());
        }).toList();
        return new NqCompileException(moved);
    }
}
