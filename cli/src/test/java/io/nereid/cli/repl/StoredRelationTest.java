package io.nereid.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.operators.BadRowPolicy;
import io.nereid.operators.Column;
import io.nereid.operators.ColumnKind;
import io.nereid.operators.CsvSource;
import io.nereid.operators.RelationInfo;
import io.nereid.operators.RowReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class StoredRelationTest {
    private static final RelationInfo ROWS = new RelationInfo("rows", List.of(new Column("b", ColumnKind.BOOL),
            new Column("i", ColumnKind.INT), new Column("l", ColumnKind.LONG), new Column("d", ColumnKind.DOUBLE),
            new Column("s", ColumnKind.STRING), new Column("t", ColumnKind.DATE)), Optional.empty());

    @Test
    void everyRowAndValueComesBackInOrderAcrossBatchBoundaries() {
        int n = TypedBatch.CAPACITY * 2 + 17;
        StringBuilder csv = new StringBuilder();
        for (int r = 0; r < n; r++) {
            csv.append(r % 3 == 0).append(',').append(-r).append(',').append(r * 10_000_000_000L).append(',')
                    .append(r + 0.5).append(",s").append(r).append(',').append(LocalDate.ofEpochDay(r % 50_000)).append('\n');
        }
        AtomicLong loaded = new AtomicLong();
        StoredRelation stored = StoredRelation.read(ROWS, CsvSource.ofText("rows.csv", csv.toString(), ROWS,
                BadRowPolicy.FAIL), "rows.csv", loaded);
        assertThat(stored.rows()).isEqualTo(n);
        assertThat(loaded.get()).isEqualTo(n);
        assertThat(stored.batches()).hasSize(3);

        for (int pass = 0; pass < 2; pass++) { // a relation is read by every query that uses it
            AtomicLong fed = new AtomicLong();
            RowReader r = stored.reader(fed);
            int row = 0;
            while (r.next()) {
                assertThat(r.getBool(0)).isEqualTo(row % 3 == 0);
                assertThat(r.getInt(1)).isEqualTo(-row);
                assertThat(r.getLong(2)).isEqualTo(row * 10_000_000_000L);
                assertThat(r.getDouble(3)).isEqualTo(row + 0.5);
                assertThat(r.getString(4)).isEqualTo("s" + row);
                assertThat(r.getDate(5)).isEqualTo(row % 50_000);
                row++;
            }
            assertThat(row).isEqualTo(n);
            assertThat(r.next()).isFalse();
            assertThat(fed.get()).isEqualTo(n);
        }
    }

    @Test
    void anEmptyRelationHasNoRows() {
        StoredRelation stored = StoredRelation.read(ROWS, CsvSource.ofText("e.csv", "", ROWS, BadRowPolicy.FAIL),
                "e.csv", new AtomicLong());
        assertThat(stored.rows()).isZero();
        assertThat(stored.reader(new AtomicLong()).next()).isFalse();
    }
}
