package io.nereid.operators;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An input or output of a compiled program: its name, its columns, and the location the program
 * text gives it ({@code input docs : (...) from "docs.csv"}, {@code output r to "r.csv"}), if any.
 */
public record RelationInfo(String name, List<Column> columns, Optional<String> location) {
    public RelationInfo {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        Objects.requireNonNull(location, "location");
    }

    /** The column names, in order. */
    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    /** {@code docs(id: long, text: string)}. */
    public String describe() {
        StringBuilder sb = new StringBuilder(name).append('(');
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(columns.get(i).name()).append(": ").append(columns.get(i).kind().nqName());
        }
        return sb.append(')').toString();
    }
}
