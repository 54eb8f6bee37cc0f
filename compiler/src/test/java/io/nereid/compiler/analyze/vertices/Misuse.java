package io.nereid.compiler.analyze.vertices;

import io.nereid.operators.custom.CustomVertex;
import io.nereid.operators.custom.Emitter;
import io.nereid.operators.custom.NqVertex;
import io.nereid.operators.custom.Rows;
import io.nereid.runtime.time.Timestamp;

/**
 * A vertex that misuses the API as its argument says: 1 emits without setting column {@code n},
 * 2 sets a long column with a string, 3 reads a long column as a string, 4 copies a row into an
 * output of other columns. Tests check the message each mistake gets.
 */
@NqVertex(input = "k: long", output = "k: long, n: long")
public final class Misuse implements CustomVertex {
    private final long mistake;

    public Misuse(long mistake) {
        this.mistake = mistake;
    }

    @Override
    public void onRecv(Timestamp time, Rows rows, Emitter out) {
        for (int i = 0; i < rows.size(); i++) {
            if (mistake == 1) {
                out.setLong(0, rows.getLong(i, 0)).emit();
            } else if (mistake == 2) {
                out.setString(1, "many");
            } else if (mistake == 3) {
                rows.getString(i, 0);
            } else {
                out.emitCopy(rows, i);
            }
        }
    }
}
