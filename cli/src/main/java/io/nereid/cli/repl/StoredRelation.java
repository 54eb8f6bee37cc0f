package io.nereid.cli.repl;

import io.nereid.operators.Column;
import io.nereid.operators.RelationInfo;
import io.nereid.operators.RowReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The rows of one REPL input, parsed and typed once when loaded and kept in memory as
 * {@link TypedBatch}es, so that every later query reads them without touching the file again.
 *
 * @param relation the input's name and columns
 * @param origin where the rows came from, for {@code :schema}
 */
record StoredRelation(RelationInfo relation, List<TypedBatch> batches, long rows, String origin) {

    StoredRelation {
        Objects.requireNonNull(relation, "relation");
        batches = List.copyOf(Objects.requireNonNull(batches, "batches"));
        Objects.requireNonNull(origin, "origin");
    }

    /** Reads every row of {@code reader} (which it closes), counting them in {@code progress}. */
    static StoredRelation read(RelationInfo relation, RowReader reader, String origin, AtomicLong progress) {
        List<TypedBatch> batches = new ArrayList<>();
        var kinds = relation.columns().stream().map(Column::kind).toList();
        TypedBatch current = new TypedBatch(kinds);
        long rows = 0;
        try (reader) {
            while (reader.next()) {
                if (current.isFull()) {
                    batches.add(current);
                    current = new TypedBatch(kinds);
                    progress.set(rows);
                    RowFeed.checkInterrupted();
                }
                current.add(reader);
                rows++;
            }
        }
        if (current.size() > 0) {
            batches.add(current);
        }
        progress.set(rows);
        return new StoredRelation(relation, batches, rows, origin);
    }

    /** A fresh cursor over the rows, counting the rows it hands out in {@code fed}. */
    RowReader reader(AtomicLong fed) {
        return new RowFeed(batches, fed);
    }
}
