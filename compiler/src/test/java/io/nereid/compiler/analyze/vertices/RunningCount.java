package io.nereid.compiler.analyze.vertices;

import io.nereid.operators.custom.CustomVertex;
import io.nereid.operators.custom.Emitter;
import io.nereid.operators.custom.NqVertex;
import io.nereid.operators.custom.Rows;
import io.nereid.runtime.time.Timestamp;
import org.eclipse.collections.impl.map.mutable.primitive.LongLongHashMap;

/**
 * A vertex for compiler tests: per key {@code k}, emits {@code (k, n)} for every row, n the
 * number of rows of that key seen so far plus {@code start} (across times).
 */
@NqVertex(input = "k: long", output = "k: long, n: long", partitionBy = "k")
public final class RunningCount implements CustomVertex {
    private final long start;
    private final LongLongHashMap counts = new LongLongHashMap();

    public RunningCount(long start) {
        this.start = start;
    }

    @Override
    public void onRecv(Timestamp time, Rows rows, Emitter out) {
        for (int i = 0; i < rows.size(); i++) {
            long k = rows.getLong(i, 0);
            out.setLong(0, k).setLong(1, start + counts.addToValue(k, 1)).emit();
        }
    }
}
