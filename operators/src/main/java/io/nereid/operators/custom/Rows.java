package io.nereid.operators.custom;

/**
 * A batch of input rows seen through typed getters ({@code row} in {@code [0, size())}, {@code
 * column} an index of {@link CustomContext#input()}). A getter of the wrong type for a column
 * throws {@link IllegalArgumentException}; an int column also reads as long and double, a long
 * column as double. A date reads as an int of days since 1970-01-01.
 */
public interface Rows {
    /** Number of rows. */
    int size();

    long getLong(int row, int column);

    int getInt(int row, int column);

    double getDouble(int row, int column);

    boolean getBool(int row, int column);

    String getString(int row, int column);

    /** True when the value is null (only nullable columns, say of a left join, hold nulls). */
    boolean isNull(int row, int column);

    /** The value boxed (Long, Integer, Double, Boolean, String; a date as a LocalDate), or null. */
    Object get(int row, int column);
}
