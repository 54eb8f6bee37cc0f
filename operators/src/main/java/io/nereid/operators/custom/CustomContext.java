package io.nereid.operators.custom;

import io.nereid.runtime.time.Timestamp;

/** What a {@link CustomVertex} gets when it opens: its place in the computation and its notifications. */
public interface CustomContext {
    /** This worker's index in {@code [0, workers())}. */
    int worker();

    /** Number of workers, across all processes. */
    int workers();

    /** The columns of the rows the vertex receives. */
    RowSchema input();

    /** The columns of the rows the vertex emits. */
    RowSchema output();

    /**
     * Asks for {@link CustomVertex#onNotify} at {@code time} once it is complete. Allowed during
     * a callback at a time {@code <= time}; asking twice for one time gives one call.
     */
    void notifyAt(Timestamp time);
}
