package io.nereid.compiler.codegen.props;

import io.nereid.operators.RowReader;
import java.util.List;
import java.util.Objects;

/**
 * A {@link RowReader} over rows held in memory (boxed values: Boolean, Integer, Long, Double,
 * String), so that property tests feed generated relations without going through CSV text.
 */
final class MemoryRows implements RowReader {
    private final List<Object[]> rows;
    private int at = -1;

    MemoryRows(List<Object[]> rows) {
        this.rows = Objects.requireNonNull(rows, "rows");
    }

    @Override
    public boolean next() {
        if (at + 1 >= rows.size()) {
            at = rows.size();
            return false;
        }
        at++;
        return true;
    }

    private Object value(int column) {
        return rows.get(at)[column];
    }

    @Override
    public boolean getBool(int column) {
        return (Boolean) value(column);
    }

    @Override
    public int getInt(int column) {
        return (Integer) value(column);
    }

    @Override
    public long getLong(int column) {
        return (Long) value(column);
    }

    @Override
    public double getDouble(int column) {
        return (Double) value(column);
    }

    @Override
    public String getString(int column) {
        return (String) value(column);
    }

    @Override
    public int getDate(int column) {
        return (Integer) value(column);
    }

    @Override
    public void close() {
    }
}
