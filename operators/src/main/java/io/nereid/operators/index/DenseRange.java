package io.nereid.operators.index;

/**
 * Whether the keys {@code [lo, hi]} of {@code rows} rows are compact enough to be addressed by
 * offset ({@code key - lo}) in an array instead of a hash map: the span must be at most four
 * times the row count plus a small constant (an int array then costs at most 16 bytes per row,
 * about what a primitive hash map costs per key), and fit an array.
 */
final class DenseRange {
    static final long SLACK = 1024;
    private static final long MAX_SPAN = Integer.MAX_VALUE - 16;

    private DenseRange() {
    }

    /** The number of offsets {@code [lo, hi]} spans, or -1 when it is not dense for {@code rows} rows. */
    static int span(long lo, long hi, int rows) {
        if (rows == 0 || hi < lo) {
            return -1;
        }
        long span = hi - lo + 1;
        if (span <= 0 || span > MAX_SPAN || span > 4L * rows + SLACK) {
            return -1; // also catches the overflow of hi - lo
        }
        return (int) span;
    }
}
