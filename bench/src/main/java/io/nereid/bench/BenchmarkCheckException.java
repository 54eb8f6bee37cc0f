package io.nereid.bench;

/** A benchmark computed a wrong answer: its figures mean nothing and no result is reported. */
public final class BenchmarkCheckException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BenchmarkCheckException(String message) {
        super(message);
    }
}
