package io.nereid.compiler.codegen.props;

import java.util.List;
import java.util.Objects;

/** One generated input row (boxed values in column order); prints as {@code (1, "a", 2.5)} in shrunk samples. */
record Row(List<Object> values) {
    Row {
        values = List.copyOf(Objects.requireNonNull(values, "values"));
    }

    static Row of(Object... values) {
        return new Row(List.of(values));
    }

    Object get(int column) {
        return values.get(column);
    }

    long l(int column) {
        return (Long) values.get(column);
    }

    int i(int column) {
        return (Integer) values.get(column);
    }

    double d(int column) {
        return (Double) values.get(column);
    }

    String s(int column) {
        return (String) values.get(column);
    }

    Object[] array() {
        return values.toArray();
    }

    /** The rows as the arrays {@link MemoryRows} reads. */
    static List<Object[]> arrays(List<Row> rows) {
        return rows.stream().map(Row::array).toList();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            sb.append(i == 0 ? "" : ", ").append(v instanceof String s ? '"' + s + '"' : String.valueOf(v));
        }
        return sb.append(')').toString();
    }
}
