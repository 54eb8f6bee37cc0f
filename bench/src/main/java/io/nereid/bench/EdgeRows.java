package io.nereid.bench;

import io.nereid.operators.RowReader;
import java.util.Objects;

/**
 * An NQ input read from edge arrays in memory: columns {@code src, dst} and, when weights are
 * given, {@code w}. It hands a compiled program the same arrays the other contenders start from,
 * without the cost of parsing a file (which none of them pays).
 */
public final class EdgeRows implements RowReader {
    private final long[] src;
    private final long[] dst;
    private final long[] weights;
    private int row = -1;

    /** Rows over the arrays (not copied); {@code weights} may be null for an unweighted input. */
    public EdgeRows(long[] src, long[] dst, long[] weights) {
        this.src = Objects.requireNonNull(src, "src");
        this.dst = Objects.requireNonNull(dst, "dst");
        this.weights = weights;
    }

    @Override
    public boolean next() {
        return ++row < src.length;
    }

    @Override
    public long getLong(int column) {
        return switch (column) {
            case 0 -> src[row];
            case 1 -> dst[row];
            case 2 -> {
                if (weights == null) {
                    throw new IllegalStateException("these edge rows have no weight column");
                }
                yield weights[row];
            }
            default -> throw new IllegalArgumentException("edge rows have no column " + column);
        };
    }

    @Override
    public int getInt(int column) {
        return Math.toIntExact(getLong(column));
    }

    @Override
    public double getDouble(int column) {
        return getLong(column);
    }

    @Override
    public boolean getBool(int column) {
        throw new UnsupportedOperationException("edge rows hold numbers only, column " + column + " is not a bool");
    }

    @Override
    public String getString(int column) {
        throw new UnsupportedOperationException("edge rows hold numbers only, column " + column + " is not a string");
    }

    @Override
    public int getDate(int column) {
        throw new UnsupportedOperationException("edge rows hold numbers only, column " + column + " is not a date");
    }

    @Override
    public void close() {
    }
}
