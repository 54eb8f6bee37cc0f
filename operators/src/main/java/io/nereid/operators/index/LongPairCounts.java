package io.nereid.operators.index;

/**
 * Signed counts of pairs of longs (rows of two integer columns: a node and its label), for a
 * fixpoint check that adds the rows of one round and subtracts those of the next: an open-addressing
 * table of primitive arrays, no key objects, and a running number of pairs whose count is not zero,
 * so that "did anything change" needs no scan. Pairs whose count returns to zero stay in the table.
 */
public final class LongPairCounts {
    private long[] first;
    private long[] second;
    private int[] counts;
    private boolean[] used;
    private int mask;
    private int size;
    private int nonZero;

    public LongPairCounts() {
        allocate(1 << 10);
    }

    /** Adds {@code delta} to the count of {@code (a, b)}. */
    public void add(long a, long b, int delta) {
        int i = slot(a, b);
        if (!used[i]) {
            used[i] = true;
            first[i] = a;
            second[i] = b;
            counts[i] = 0;
            if (++size > (mask + 1) >>> 1) {
                grow();
                i = slot(a, b);
            }
        }
        int before = counts[i];
        int after = before + delta;
        counts[i] = after;
        if (before == 0 && after != 0) {
            nonZero++;
        } else if (before != 0 && after == 0) {
            nonZero--;
        }
    }

    /** Removes every pair; the table keeps its capacity (a loop's next round has about as many rows). */
    public void clear() {
        java.util.Arrays.fill(used, false); // a slot's count is reset when it is taken again
        size = 0;
        nonZero = 0;
    }

    /** The number of distinct pairs added since the last clear. */
    public int size() {
        return size;
    }

    /** Whether some pair's count is not zero. */
    public boolean anyNonZero() {
        return nonZero != 0;
    }

    /** The count of {@code (a, b)} (0 when never added). */
    public int count(long a, long b) {
        int i = slot(a, b);
        return used[i] ? counts[i] : 0;
    }

    /** The slot of {@code (a, b)}: where it is, or the free slot where it goes. */
    private int slot(long a, long b) {
        int i = hash(a, b) & mask;
        while (used[i] && (first[i] != a || second[i] != b)) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static int hash(long a, long b) {
        long h = a * 0x9E3779B97F4A7C15L + b;
        h ^= h >>> 32;
        h *= 0xD6E8FEB86659FD93L;
        h ^= h >>> 32;
        return (int) h;
    }

    private void grow() {
        long[] oldFirst = first;
        long[] oldSecond = second;
        int[] oldCounts = counts;
        boolean[] oldUsed = used;
        allocate((mask + 1) << 1);
        for (int j = 0; j < oldUsed.length; j++) {
            if (oldUsed[j]) {
                int i = slot(oldFirst[j], oldSecond[j]);
                used[i] = true;
                first[i] = oldFirst[j];
                second[i] = oldSecond[j];
                counts[i] = oldCounts[j];
            }
        }
    }

    private void allocate(int capacity) {
        first = new long[capacity];
        second = new long[capacity];
        counts = new int[capacity];
        used = new boolean[capacity];
        mask = capacity - 1;
    }
}
