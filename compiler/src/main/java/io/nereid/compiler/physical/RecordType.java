package io.nereid.compiler.physical;

import io.nereid.compiler.types.ScalarType;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The layout of the records of a stream: its column types, in order. One batch class is
 * generated per distinct record type ({@code Batch<id>}, columns {@code c0, c1, ...}); field
 * names do not matter here, only types.
 */
public record RecordType(int id, List<ScalarType> columns) {
    public RecordType {
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
    }

    /** The simple name of the generated batch class. */
    public String className() {
        return "Batch" + id;
    }

    public int size() {
        return columns.size();
    }

    public ScalarType column(int index) {
        return columns.get(index);
    }

    @Override
    public String toString() {
        return className() + columns.stream().map(ScalarType::toString).collect(Collectors.joining(", ", "(", ")"));
    }
}
