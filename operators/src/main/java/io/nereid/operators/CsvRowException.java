package io.nereid.operators;

/**
 * A CSV row that does not fit the declared schema: the message reads
 * {@code file:line:column: field 'dst' expects a long, but the value is 'x'}.
 */
public final class CsvRowException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CsvRowException(String message) {
        super(message);
    }
}
