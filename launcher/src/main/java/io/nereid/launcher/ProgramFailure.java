package io.nereid.launcher;

/**
 * The program cannot run: it does not compile, or it fails while running. The message is what the
 * user sees (already located, e.g. {@code file.nq:3:9: error: ...}); the run exits with
 * {@link ProgramRunner#EXIT_FAILED}.
 */
public final class ProgramFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ProgramFailure(String message) {
        super(message);
    }
}
