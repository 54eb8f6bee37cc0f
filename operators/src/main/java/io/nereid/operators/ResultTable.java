package io.nereid.operators;

import java.util.List;
import java.util.Objects;

/**
 * The rows of one output of a run, sorted column by column. Values are boxed: Boolean, Integer,
 * Long, Double, String, and Integer days for a date (see {@link Values#format}).
 */
public record ResultTable(RelationInfo relation, List<Object[]> rows) {
    public ResultTable {
        Objects.requireNonNull(relation, "relation");
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
    }

    /** The rows as text, one list of formatted values per row. */
    public List<List<String>> formatted() {
        return rows.stream().map(r -> Values.formatRow(r, relation.columns())).toList();
    }
}
