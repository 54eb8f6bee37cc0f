package io.nereid.operators.custom;

import io.nereid.runtime.time.Timestamp;

/**
 * Builds output rows of a {@link CustomVertex}: set every column ({@code column} an index of
 * {@link CustomContext#output()}), then {@link #emit()}. Rows go out at the callback's time, in
 * batches. A setter of the wrong type for a column throws {@link IllegalArgumentException}
 * ({@code setInt} also fills long and double columns, {@code setLong} double ones); emitting
 * before every column is set throws {@link IllegalStateException}.
 */
public interface Emitter {
    /** The time rows are emitted at: the callback's. */
    Timestamp time();

    Emitter setLong(int column, long value);

    Emitter setInt(int column, int value);

    Emitter setDouble(int column, double value);

    Emitter setBool(int column, boolean value);

    Emitter setString(int column, String value);

    /** Emits the row whose columns were set, and starts the next one. */
    void emit();

    /** Emits row {@code row} of {@code rows} unchanged; the output must have the input's columns. */
    void emitCopy(Rows rows, int row);
}
