package io.nereid.compiler.analyze.vertices;

import io.nereid.operators.custom.CustomVertex;
import io.nereid.operators.custom.Emitter;
import io.nereid.operators.custom.Rows;
import io.nereid.runtime.time.Timestamp;

/** A vertex without {@code @NqVertex}: programs that apply it are rejected. */
public final class NotAnnotated implements CustomVertex {
    @Override
    public void onRecv(Timestamp time, Rows rows, Emitter out) {
        for (int i = 0; i < rows.size(); i++) {
            out.emitCopy(rows, i);
        }
    }
}
