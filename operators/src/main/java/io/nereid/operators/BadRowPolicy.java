package io.nereid.operators;

/** What a CSV source does with a row that does not fit the declared schema. */
public enum BadRowPolicy {
    /** Stop the run with an error naming the file, line, column, field and expected type. */
    FAIL,
    /** Skip the row and count it ({@link CsvSource#skippedRows()}). */
    SKIP
}
