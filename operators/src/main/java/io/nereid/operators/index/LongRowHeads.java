package io.nereid.operators.index;

import java.util.Arrays;
import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;

/**
 * The last row of each key in a hash join's build side; with a {@code next[]} array that chains
 * each row to the previous row of its key, it indexes the side without moving its rows. Keys in a
 * compact range (node ids) are offsets in an array; others go through a primitive hash map.
 */
public final class LongRowHeads {
    private final long lo;
    private final int span;
    private final int[] heads;
    private final LongIntHashMap hashed;

    private LongRowHeads(long lo, int span) {
        this.lo = lo;
        this.span = span;
        if (span >= 0) {
            this.heads = new int[span];
            Arrays.fill(heads, -1);
            this.hashed = null;
        } else {
            this.heads = null;
            this.hashed = new LongIntHashMap();
        }
    }

    /** Heads for {@code rows} rows whose keys all lie in {@code [lo, hi]}. */
    public static LongRowHeads forRange(long lo, long hi, int rows) {
        return new LongRowHeads(lo, DenseRange.span(lo, hi, rows));
    }

    /** Makes {@code row} the head of {@code key} (a key within the range) and returns the previous head, or -1. */
    public int put(long key, int row) {
        if (heads != null) {
            int off = (int) (key - lo);
            int before = heads[off];
            heads[off] = row;
            return before;
        }
        int before = hashed.getIfAbsent(key, -1);
        hashed.put(key, row);
        return before;
    }

    /** The last row of {@code key} (any key), or -1. */
    public int head(long key) {
        if (heads == null) {
            return hashed.getIfAbsent(key, -1);
        }
        long off = key - lo;
        return off < 0 || off >= span ? -1 : heads[(int) off];
    }

    /** Whether keys are addressed by offset (for tests). */
    public boolean dense() {
        return heads != null;
    }
}
