package io.nereid.operators;

import io.nereid.runtime.graph.VertexContext;
import io.nereid.runtime.time.Timestamp;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The state a stateful vertex keeps for each open time (a join's hash tables, an aggregate's
 * groups). Creating the state of a time requests the notification that will finish it, so every
 * state is removed exactly once, in {@code onNotify}. The last time used is cached: a vertex
 * usually sees many batches of one time in a row.
 */
public final class PerTime<S> {
    private final VertexContext context;
    private final Supplier<S> factory;
    private final Map<Timestamp, S> states = new HashMap<>();
    private Timestamp lastTime;
    private S last;

    public PerTime(VertexContext context, Supplier<S> factory) {
        this.context = context;
        this.factory = factory;
    }

    /** The state of {@code time}, created (and its notification requested) on first use. */
    public S get(Timestamp time) {
        if (time.equals(lastTime)) {
            return last;
        }
        S s = states.get(time);
        if (s == null) {
            s = factory.get();
            states.put(time, s);
            context.notifyAt(time);
        }
        lastTime = time;
        last = s;
        return s;
    }

    /** Removes and returns the state of {@code time}; null when none was created. */
    public S remove(Timestamp time) {
        if (time.equals(lastTime)) {
            lastTime = null;
            last = null;
        }
        return states.remove(time);
    }

    /** Number of open times. */
    public int size() {
        return states.size();
    }
}
