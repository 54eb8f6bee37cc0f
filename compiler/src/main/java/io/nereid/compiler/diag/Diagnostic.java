package io.nereid.compiler.diag;

import java.util.Objects;
import java.util.Optional;

/**
 * One error found in an NQ program: where, what is wrong (a plain sentence without a trailing
 * period), and optionally how to fix it ({@code hint}).
 */
public record Diagnostic(SourceLocation location, String message, Optional<String> hint) {

    public Diagnostic {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(hint, "hint");
    }

    /** An error without a hint. */
    public static Diagnostic error(SourceLocation location, String message) {
        return new Diagnostic(location, message, Optional.empty());
    }

    /** An error with a hint. */
    public static Diagnostic error(SourceLocation location, String message, String hint) {
        return new Diagnostic(location, message, Optional.of(Objects.requireNonNull(hint, "hint")));
    }

    /** This diagnostic with the given hint. */
    public Diagnostic withHint(String newHint) {
        return new Diagnostic(location, message, Optional.of(Objects.requireNonNull(newHint, "hint")));
    }

    /**
     * The message as users see it:
     * <pre>
     * file.nq:3:9: error: message
     * let x = form e in edges select e;
     *         ^
     * hint: ...
     * </pre>
     * The caret line repeats the tabs of the source line so that the caret lines up.
     */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(location.display()).append(": error: ").append(message).append('\n');
        String line = location.lineText();
        sb.append(line).append('\n');
        int upTo = Math.min(location.column() - 1, line.length());
        for (int i = 0; i < upTo; i++) {
            sb.append(line.charAt(i) == '\t' ? '\t' : ' ');
        }
        for (int i = upTo; i < location.column() - 1; i++) {
            sb.append(' ');
        }
        sb.append('^');
        hint.ifPresent(h -> sb.append('\n').append("hint: ").append(h));
        return sb.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
