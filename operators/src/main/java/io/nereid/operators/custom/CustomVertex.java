package io.nereid.operators.custom;

import io.nereid.runtime.time.Timestamp;

/**
 * A vertex written in Java and called from NQ with {@code rel.apply(MyVertex, args...)}. One
 * instance runs on every worker, built with the NQ arguments (a public constructor whose
 * parameters are {@code long int double boolean String} matches them). The runtime calls it from
 * one thread at a time.
 *
 * <p>{@link #onRecv} gets a batch of rows at one time and may emit rows at that time right away;
 * {@link #onNotify} is called for a time the vertex asked for ({@link CustomContext#notifyAt})
 * once no more rows at that time (or before it) can arrive, which is where per-time state is
 * finished and released. The class must be annotated with {@link NqVertex}.
 */
public interface CustomVertex {
    /** Called once before any row, with what the vertex may keep: its worker, schemas, notifications. */
    default void open(CustomContext context) {
    }

    /** Rows at {@code time}; {@code rows} is valid only during the call. */
    void onRecv(Timestamp time, Rows rows, Emitter out);

    /** No more rows at times {@code <= time} will arrive; called once for each time asked for. */
    default void onNotify(Timestamp time, Emitter out) {
    }
}
