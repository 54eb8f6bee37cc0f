package io.nereid.compiler.analyze.vertices;

import io.nereid.operators.custom.CustomVertex;
import io.nereid.operators.custom.Emitter;
import io.nereid.operators.custom.NqVertex;
import io.nereid.operators.custom.Rows;
import io.nereid.runtime.time.Timestamp;

/** A vertex whose declared output is not a field list: programs that apply it are rejected. */
@NqVertex(output = "k long")
public final class BadOutput implements CustomVertex {
    @Override
    public void onRecv(Timestamp time, Rows rows, Emitter out) {
    }
}
