package io.nereid.datagen;

import java.util.Arrays;
import java.util.Objects;

/**
 * A directed edge list held as two parallel arrays: edge {@code i} goes from {@code src[i]} to
 * {@code dst[i]}.
 *
 * <p>The arrays are not copied (edge lists have tens of millions of entries): the edge list owns
 * them and nobody should change them after construction. Equality compares contents.
 */
public record EdgeList(long[] src, long[] dst) {

    /** Checks that both arrays are present and of the same length. */
    public EdgeList {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(dst, "dst");
        if (src.length != dst.length) {
            throw new IllegalArgumentException(
                    "src and dst must have the same length, got " + src.length + " and " + dst.length);
        }
    }

    /** The number of edges. */
    public int size() {
        return src.length;
    }

    /** The largest node id that occurs at either end of an edge, or -1 when there are no edges. */
    public long maxNodeId() {
        long max = -1;
        for (int i = 0; i < src.length; i++) {
            max = Math.max(max, Math.max(src[i], dst[i]));
        }
        return max;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EdgeList other && Arrays.equals(src, other.src) && Arrays.equals(dst, other.dst);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(src) + Arrays.hashCode(dst);
    }

    @Override
    public String toString() {
        int shown = Math.min(size(), 3);
        StringBuilder sb = new StringBuilder("EdgeList[").append(size()).append(" edges");
        for (int i = 0; i < shown; i++) {
            sb.append(i == 0 ? ": " : ", ").append(src[i]).append("->").append(dst[i]);
        }
        return sb.append(size() > shown ? ", ...]" : "]").toString();
    }
}
