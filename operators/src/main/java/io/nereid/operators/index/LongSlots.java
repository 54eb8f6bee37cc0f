package io.nereid.operators.index;

import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;

/**
 * A dense slot number for each key of a known set (a combiner's group keys, read from an
 * invariant index), so that per-key accumulators can be primitive arrays. Keys in a compact range
 * get {@code key - lo} without a lookup (some slots may then have no key, and are never used);
 * others are numbered in order of first sight through a primitive hash map.
 */
public final class LongSlots {
    private final long lo;
    private final int span;
    private final LongIntHashMap dict;
    private long[] keys;
    private int size;

    private LongSlots(long lo, int span) {
        this.lo = lo;
        this.span = span;
        this.dict = span >= 0 ? null : new LongIntHashMap();
        this.keys = span >= 0 ? null : new long[64];
        this.size = Math.max(span, 0);
    }

    /** Slots for the keys of {@code rows} rows, all in {@code [lo, hi]}. */
    public static LongSlots forRange(long lo, long hi, int rows) {
        return new LongSlots(lo, DenseRange.span(lo, hi, rows));
    }

    /** The slot of {@code key}, numbered now if it has none (hashed form). */
    public int slot(long key) {
        if (dict == null) {
            return (int) (key - lo);
        }
        int s = dict.getIfAbsent(key, -1);
        if (s < 0) {
            s = size++;
            dict.put(key, s);
            if (s == keys.length) {
                keys = java.util.Arrays.copyOf(keys, s * 2);
            }
            keys[s] = key;
        }
        return s;
    }

    /** The key of a slot. */
    public long key(int slot) {
        return dict == null ? lo + slot : keys[slot];
    }

    /** The number of slots: arrays indexed by slot need this length. */
    public int size() {
        return size;
    }

    /** Whether slots are key offsets (for tests). */
    public boolean dense() {
        return dict == null;
    }
}
