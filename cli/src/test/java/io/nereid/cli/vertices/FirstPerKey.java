package io.nereid.cli.vertices;

import io.nereid.operators.custom.CustomContext;
import io.nereid.operators.custom.CustomVertex;
import io.nereid.operators.custom.Emitter;
import io.nereid.operators.custom.NqVertex;
import io.nereid.operators.custom.Rows;
import io.nereid.runtime.time.Timestamp;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Dedup by key: per time, the first row of each {@code user} goes out at once (in onRecv), later
 * rows of the same user are dropped; the users seen at a time are forgotten when it completes.
 * An example of a custom vertex with per-time state and eager output.
 */
@NqVertex(input = "user: string", partitionBy = "user")
public final class FirstPerKey implements CustomVertex {
    private final Map<Timestamp, Set<String>> seen = new HashMap<>();
    private CustomContext context;
    private int user;

    @Override
    public void open(CustomContext context) {
        this.context = context;
        this.user = context.input().indexOf("user");
    }

    @Override
    public void onRecv(Timestamp time, Rows rows, Emitter out) {
        Set<String> users = seen.get(time);
        if (users == null) {
            users = new HashSet<>();
            seen.put(time, users);
            context.notifyAt(time);
        }
        for (int i = 0; i < rows.size(); i++) {
            if (users.add(rows.getString(i, user))) {
                out.emitCopy(rows, i);
            }
        }
    }

    @Override
    public void onNotify(Timestamp time, Emitter out) {
        seen.remove(time);
    }
}
