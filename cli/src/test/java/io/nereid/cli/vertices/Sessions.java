package io.nereid.cli.vertices;

import io.nereid.operators.custom.CustomContext;
import io.nereid.operators.custom.CustomVertex;
import io.nereid.operators.custom.Emitter;
import io.nereid.operators.custom.NqVertex;
import io.nereid.operators.custom.Rows;
import io.nereid.runtime.time.Timestamp;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;

/**
 * Sessionization per user: the events of a user (their {@code ts}) split into sessions wherever
 * two consecutive events are more than {@code gap} apart. Events are collected per time and user;
 * when the time completes, each user's sessions go out as (user, start, end, events). Built with
 * the gap given in NQ: {@code clicks.apply(Sessions, 30)}.
 */
@NqVertex(input = "user: string, ts: long", output = "user: string, start: long, end: long, events: long",
        partitionBy = "user")
public final class Sessions implements CustomVertex {
    private final long gap;
    private final Map<Timestamp, Map<String, LongArrayList>> open = new HashMap<>();
    private CustomContext context;
    private int user;
    private int ts;

    public Sessions(long gap) {
        if (gap < 0) {
            throw new IllegalArgumentException("the session gap must not be negative, was " + gap);
        }
        this.gap = gap;
    }

    @Override
    public void open(CustomContext context) {
        this.context = context;
        this.user = context.input().indexOf("user");
        this.ts = context.input().indexOf("ts");
    }

    @Override
    public void onRecv(Timestamp time, Rows rows, Emitter out) {
        Map<String, LongArrayList> events = open.get(time);
        if (events == null) {
            events = new TreeMap<>();
            open.put(time, events);
            context.notifyAt(time);
        }
        for (int i = 0; i < rows.size(); i++) {
            events.computeIfAbsent(rows.getString(i, user), u -> new LongArrayList()).add(rows.getLong(i, ts));
        }
    }

    @Override
    public void onNotify(Timestamp time, Emitter out) {
        Map<String, LongArrayList> events = open.remove(time);
        if (events == null) {
            return;
        }
        events.forEach((u, times) -> {
            times.sortThis();
            long start = times.get(0);
            long last = start;
            long count = 1;
            for (int i = 1; i < times.size(); i++) {
                long t = times.get(i);
                if (t - last > gap) {
                    emit(out, u, start, last, count);
                    start = t;
                    count = 0;
                }
                last = t;
                count++;
            }
            emit(out, u, start, last, count);
        });
    }

    private static void emit(Emitter out, String user, long start, long end, long count) {
        out.setString(0, user).setLong(1, start).setLong(2, end).setLong(3, count).emit();
    }
}
