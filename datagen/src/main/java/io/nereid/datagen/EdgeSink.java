package io.nereid.datagen;

import java.io.IOException;

/**
 * Receives generated edges chunk by chunk, so that a large graph can go to a file without being
 * held in memory at once. The arrays are reused after the call returns: copy what you keep.
 */
@FunctionalInterface
public interface EdgeSink {

    /** Takes edges {@code src[i] -> dst[i]} for {@code 0 <= i < count}. */
    void accept(long[] src, long[] dst, int count) throws IOException;
}
