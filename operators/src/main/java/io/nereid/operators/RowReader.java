package io.nereid.operators;

/**
 * Where a compiled program reads the rows of one input: a cursor over typed rows. Generated input
 * feeders call {@link #next()} and then the getter of each column's kind; every value has already
 * been parsed and checked when {@code next} returns, so the getters never fail.
 */
public interface RowReader extends AutoCloseable {
    /**
     * Says that only the columns marked {@code true} will be read, so that a reader may leave the
     * others unparsed and unchecked (their getters must then not be called). Called at most once,
     * before the first {@link #next()}; by default every column is parsed.
     */
    default void readColumns(boolean[] columns) {}

    /** Advances to the next row; false at the end. */
    boolean next();

    boolean getBool(int column);

    int getInt(int column);

    long getLong(int column);

    double getDouble(int column);

    String getString(int column);

    /** A date as days since 1970-01-01. */
    int getDate(int column);

    @Override
    void close();
}
