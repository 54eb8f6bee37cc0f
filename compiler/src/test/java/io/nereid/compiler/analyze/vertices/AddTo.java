package io.nereid.compiler.analyze.vertices;

import io.nereid.operators.custom.CustomContext;
import io.nereid.operators.custom.CustomVertex;
import io.nereid.operators.custom.Emitter;
import io.nereid.operators.custom.NqVertex;
import io.nereid.operators.custom.Rows;
import io.nereid.runtime.time.Timestamp;

/** A stateless vertex for tests: adds its argument to the field {@code k}, keeping the other fields. */
@NqVertex(input = "k: long")
public final class AddTo implements CustomVertex {
    private final long delta;
    private int k;
    private int width;

    public AddTo(long delta) {
        this.delta = delta;
    }

    @Override
    public void open(CustomContext context) {
        k = context.input().indexOf("k");
        width = context.output().size();
    }

    @Override
    public void onRecv(Timestamp time, Rows rows, Emitter out) {
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < width; c++) {
                if (c == k) {
                    out.setLong(c, rows.getLong(i, c) + delta);
                } else {
                    out.setString(c, rows.getString(i, c));
                }
            }
            out.emit();
        }
    }
}
