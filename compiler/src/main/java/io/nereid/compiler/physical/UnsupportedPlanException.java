package io.nereid.compiler.physical;

/**
 * The program uses a construct the physical planner cannot execute yet; the message names it
 * (e.g. "nq run does not support 'iterate' yet").
 */
public final class UnsupportedPlanException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnsupportedPlanException(String message) {
        super(message);
    }
}
