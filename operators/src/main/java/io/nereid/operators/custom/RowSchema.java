package io.nereid.operators.custom;

import io.nereid.operators.Column;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The columns of the rows a custom vertex reads or writes, with lookup by name. */
public record RowSchema(List<Column> columns) {
    public RowSchema {
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
    }

    public int size() {
        return columns.size();
    }

    public Column column(int index) {
        return columns.get(index);
    }

    /** The index of the column named {@code name}; throws naming the columns there are when none is. */
    public int indexOf(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column `" + name + "` in " + this);
    }

    /** {@code (user: string, ts: long)}. */
    @Override
    public String toString() {
        return columns.stream().map(c -> c.name() + ": " + c.kind().nqName()).collect(Collectors.joining(", ", "(", ")"));
    }
}
