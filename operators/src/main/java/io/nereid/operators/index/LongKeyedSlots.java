package io.nereid.operators.index;

import java.util.Arrays;
import org.eclipse.collections.api.iterator.MutableLongIterator;
import org.eclipse.collections.impl.map.mutable.primitive.LongLongHashMap;

/**
 * A map from long keys to one 64-bit value (a long, or a double's bits), or a set of long keys
 * (no values), for the groups of an aggregate and the rows a distinct has seen. Keys in
 * {@code [0, capacity)} live in arrays indexed by the key itself, with a bit per key that says it
 * is present: node ids, dense surrogate keys and small counts never hash. The array grows (by
 * powers of two) to take a key while the key stays below a few times the number of keys held, so
 * it never costs more than a hash map would; other keys (negative, huge, sparse) go to a
 * primitive hash map. Iteration ({@link #start}, {@link #advance}) visits the array's keys in
 * order, then the others. Not thread-safe; one per vertex and time.
 */
public final class LongKeyedSlots {
    private static final int MIN_CAPACITY = 1 << 12;
    /** A key is taken into the arrays while it is below this many times the keys held (plus the minimum). */
    private static final long GROWTH = 8;
    /** Keys from here on always hash: the arrays' capacity, a power of two above the key, must fit an int. */
    private static final long MAX_KEY = 1L << 30;

    private final boolean withValues;
    private long[] present = new long[0];
    private long[] values = new long[0];
    private int capacity;
    private int denseSize;
    private final LongLongHashMap spill = new LongLongHashMap();
    private int cursor;
    private MutableLongIterator spillCursor;
    private long key;
    private long value;

    private LongKeyedSlots(boolean withValues) {
        this.withValues = withValues;
    }

    /** A map of long keys to 64-bit values. */
    public static LongKeyedSlots map() {
        return new LongKeyedSlots(true);
    }

    /** A set of long keys. */
    public static LongKeyedSlots set() {
        return new LongKeyedSlots(false);
    }

    /** The number of keys held. */
    public int size() {
        return denseSize + spill.size();
    }

    /** Whether {@code k} is held. */
    public boolean containsKey(long k) {
        if (k >= 0 && k < capacity) {
            return (present[(int) (k >>> 6)] & (1L << k)) != 0;
        }
        return spill.containsKey(k);
    }

    /** Whether {@code k} is held (the set's name for {@link #containsKey}). */
    public boolean contains(long k) {
        return containsKey(k);
    }

    /** Adds {@code k} to the set; true when it was not held before. */
    public boolean add(long k) {
        if (inArrays(k)) {
            int w = (int) (k >>> 6);
            long bit = 1L << k;
            if ((present[w] & bit) != 0) {
                return false;
            }
            present[w] |= bit;
            denseSize++;
            return true;
        }
        if (spill.containsKey(k)) {
            return false;
        }
        spill.put(k, 0L);
        return true;
    }

    /** The long value of {@code k}, or {@code ifAbsent}. */
    public long getIfAbsent(long k, long ifAbsent) {
        if (k >= 0 && k < capacity) {
            return (present[(int) (k >>> 6)] & (1L << k)) != 0 ? values[(int) k] : ifAbsent;
        }
        return spill.getIfAbsent(k, ifAbsent);
    }

    /** Sets the long value of {@code k}. */
    public void put(long k, long v) {
        if (inArrays(k)) {
            mark(k);
            values[(int) k] = v;
        } else {
            spill.put(k, v);
        }
    }

    /** Adds {@code v} to the long value of {@code k} (0 when absent). */
    public void addToValue(long k, long v) {
        if (inArrays(k)) {
            mark(k);
            values[(int) k] += v;
        } else {
            spill.addToValue(k, v);
        }
    }

    /** Adds {@code v} to the double value of {@code k} (0.0 when absent). */
    public void addToDouble(long k, double v) {
        if (inArrays(k)) {
            mark(k);
            values[(int) k] = Double.doubleToRawLongBits(Double.longBitsToDouble(values[(int) k]) + v);
        } else {
            double before = Double.longBitsToDouble(spill.getIfAbsent(k, 0L));
            spill.put(k, Double.doubleToRawLongBits(before + v));
        }
    }

    /** Removes every key; the arrays keep their capacity (only the presence bits are cleared). */
    public void clear() {
        if (denseSize > 0) {
            Arrays.fill(present, 0L); // values need no reset: a key's value is zeroed when it is marked again
        }
        denseSize = 0;
        spill.clear();
    }

    /** Starts an iteration over the keys held ({@link #advance}, then {@link #key} and {@link #value}). */
    public void start() {
        cursor = 0;
        spillCursor = null;
    }

    /** Moves to the next key; false when there is none left. */
    public boolean advance() {
        while (cursor < capacity) {
            int w = cursor >>> 6;
            long bits = present[w] & (-1L << cursor);
            if (bits != 0) {
                int k = (w << 6) | Long.numberOfTrailingZeros(bits);
                key = k;
                value = withValues ? values[k] : 0L;
                cursor = k + 1;
                return true;
            }
            cursor = (w + 1) << 6;
        }
        if (spillCursor == null) {
            spillCursor = spill.keySet().longIterator();
        }
        if (!spillCursor.hasNext()) {
            return false;
        }
        key = spillCursor.next();
        value = spill.get(key);
        return true;
    }

    /** The key the iteration is at. */
    public long key() {
        return key;
    }

    /** The long value of the key the iteration is at. */
    public long value() {
        return value;
    }

    /** The double value of the key the iteration is at. */
    public double doubleValue() {
        return Double.longBitsToDouble(value);
    }

    /** Whether the arrays take {@code k}, growing them if the key is near enough. */
    private boolean inArrays(long k) {
        if (k >= 0 && k < capacity) {
            return true;
        }
        if (k < 0 || k >= Math.max(MIN_CAPACITY, GROWTH * (size() + 1L)) || k >= MAX_KEY) {
            return false;
        }
        grow(k);
        return true;
    }

    private void mark(long k) {
        int w = (int) (k >>> 6);
        long bit = 1L << k;
        if ((present[w] & bit) == 0) {
            present[w] |= bit;
            denseSize++;
            values[(int) k] = 0L;
        }
    }

    /** Grows the arrays to a power of two above {@code k} and moves the hashed keys they now cover. */
    private void grow(long k) {
        int cap = Math.max(MIN_CAPACITY, Integer.highestOneBit((int) k) << 1);
        present = Arrays.copyOf(present, cap >>> 6);
        if (withValues) {
            values = Arrays.copyOf(values, cap);
        }
        int old = capacity;
        capacity = cap;
        if (spill.notEmpty()) {
            LongLongHashMap moved = new LongLongHashMap();
            spill.forEachKeyValue((sk, sv) -> {
                if (sk >= old && sk < cap) {
                    moved.put(sk, sv);
                }
            });
            moved.forEachKeyValue((sk, sv) -> {
                spill.remove(sk);
                present[(int) (sk >>> 6)] |= 1L << sk;
                denseSize++;
                if (withValues) {
                    values[(int) sk] = sv;
                }
            });
        }
    }
}
