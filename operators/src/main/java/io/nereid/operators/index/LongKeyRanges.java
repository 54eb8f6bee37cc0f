package io.nereid.operators.index;

import java.util.Arrays;
import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;
import org.eclipse.collections.impl.map.mutable.primitive.LongLongHashMap;

/**
 * Where each key's rows lie in a batch grouped by key (CSR): {@link #range} gives the packed
 * {@code from << 32 | length} of a key, or -1 when it has no rows. Built by a counting sort
 * ({@link Builder}): a pass that counts the rows of each key, then a pass that tells each row its
 * position. Keys in a compact range (node ids) are addressed by offset in an array; others go
 * through a primitive hash map.
 */
public final class LongKeyRanges {
    private final long lo;
    private final int span;
    private final int[] start;
    private final LongLongHashMap hashed;

    private LongKeyRanges(long lo, int span, int[] start, LongLongHashMap hashed) {
        this.lo = lo;
        this.span = span;
        this.start = start;
        this.hashed = hashed;
    }

    /** The rows of {@code key}: {@code from << 32 | length}, or -1 when it has none. */
    public long range(long key) {
        if (start == null) {
            return hashed.getIfAbsent(key, -1L);
        }
        long off = key - lo;
        if (off < 0 || off >= span) {
            return -1L;
        }
        int from = start[(int) off];
        int to = start[(int) off + 1];
        return from == to ? -1L : ((long) from << 32) | (to - from);
    }

    /** Whether keys are addressed by offset (for tests and {@code explain}). */
    public boolean dense() {
        return start != null;
    }

    /**
     * A builder for {@code rows} rows whose keys lie in {@code [lo, hi]}: call {@link #count} for
     * every row's key, then {@link #place} for every row's key in the same order of rows or any
     * other (each call returns a new position), then {@link #build}.
     */
    public static Builder builder(long lo, long hi, int rows) {
        return new Builder(lo, hi, rows);
    }

    /** The counting sort behind a {@link LongKeyRanges}; see {@link LongKeyRanges#builder}. */
    public static final class Builder {
        private final long lo;
        private final int span;
        private int[] count;
        private final LongIntHashMap groupOf;
        private int groups;
        private int[] pos;
        private boolean placing;

        private Builder(long lo, long hi, int rows) {
            this.lo = lo;
            this.span = DenseRange.span(lo, hi, rows);
            if (span >= 0) {
                this.count = new int[span + 1];
                this.groupOf = null;
            } else {
                this.count = new int[64];
                this.groupOf = new LongIntHashMap();
            }
        }

        /** Counts a row of {@code key}. */
        public void count(long key) {
            if (groupOf == null) {
                count[(int) (key - lo)]++;
                return;
            }
            int gi = groupOf.getIfAbsent(key, -1);
            if (gi < 0) {
                gi = groups++;
                groupOf.put(key, gi);
                if (gi == count.length) {
                    count = Arrays.copyOf(count, gi * 2);
                }
            }
            count[gi]++;
        }

        /** The position, in the grouped batch, of the next row of {@code key} (a counted key). */
        public int place(long key) {
            if (!placing) {
                startPlacing();
            }
            return groupOf == null ? pos[(int) (key - lo)]++ : pos[groupOf.get(key)]++;
        }

        private void startPlacing() {
            int n = groupOf == null ? span : groups;
            int[] start = new int[n + 1];
            for (int g = 0; g < n; g++) {
                start[g + 1] = start[g] + count[g];
            }
            pos = Arrays.copyOf(start, n);
            count = start; // from here on, count holds the starts
            placing = true;
        }

        /** The ranges, once every row has been placed. */
        public LongKeyRanges build() {
            if (!placing) {
                startPlacing();
            }
            if (groupOf == null) {
                return new LongKeyRanges(lo, span, count, null);
            }
            int[] start = count;
            LongLongHashMap ranges = new LongLongHashMap(groups);
            groupOf.forEachKeyValue((k, g) -> ranges.put(k, ((long) start[g] << 32) | (start[g + 1] - start[g])));
            return new LongKeyRanges(0, 0, null, ranges);
        }
    }
}
