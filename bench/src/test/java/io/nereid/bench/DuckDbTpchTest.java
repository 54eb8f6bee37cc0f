package io.nereid.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import io.nereid.datagen.Tpch;
import io.nereid.datagen.TpchTableFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * DuckDB on TPC-H at scale factor 0.01 (generated once into a temporary directory): the load
 * takes every row, each query has the shape the specification describes, and every answer equals
 * the hand-written Java reference {@link DuckDbTpchReference} over the same files.
 */
class DuckDbTpchTest {

    private static final double SF = 0.01;

    @TempDir
    static Path dir;

    private static List<TpchTableFile> files;
    private static DuckDbTpch duckDb;
    private static DuckDbLoad load;

    @BeforeAll
    static void generateAndLoad() throws IOException, SQLException {
        files = Tpch.generate(SF, dir, 2);
        duckDb = DuckDbTpch.open();
        load = duckDb.load(dir);
    }

    @AfterAll
    static void close() throws SQLException {
        if (duckDb != null) {
            duckDb.close();
        }
    }

    @Test
    void loadsEveryRowOfEveryFileWithTwoThreads() throws SQLException {
        Map<String, Long> written = files.stream()
                .collect(Collectors.toMap(f -> f.table().tableName(), TpchTableFile::rows));
        assertThat(load.rows()).isEqualTo(written);
        assertThat(load.rows().keySet()).containsExactly(
                "region", "nation", "supplier", "customer", "part", "partsupp", "orders", "lineitem");
        assertThat(load.nanos()).isPositive();
        assertThat(duckDb.run(DuckDbQuery.Q1, "SELECT current_setting('threads') AS threads").rows())
                .containsExactly(List.of(2L));
    }

    @Test
    void trailingPipeIsDroppedAndTypesAreThoseOfTheSchema() throws SQLException {
        DuckDbResult lastColumn = duckDb.run(DuckDbQuery.Q1,
                "SELECT l_comment, l_shipdate, l_quantity, l_linenumber FROM lineitem WHERE l_orderkey = 1 AND l_linenumber = 1");
        assertThat(lastColumn.rows()).containsExactly(List.of("egular courts above the", LocalDate.of(1996, 3, 13), 17.0, 1L));
        DuckDbResult types = duckDb.run(DuckDbQuery.Q1, "SELECT data_type, count(*) AS n FROM information_schema.columns"
                + " WHERE table_name IN ('region', 'nation', 'supplier', 'customer', 'part', 'partsupp', 'orders', 'lineitem')"
                + " GROUP BY data_type ORDER BY data_type");
        assertThat(types.rows()).containsExactly(
                List.of("BIGINT", 15L), List.of("DATE", 4L), List.of("DOUBLE", 9L), List.of("INTEGER", 4L),
                List.of("VARCHAR", 29L));
    }

    @ParameterizedTest
    @EnumSource(DuckDbQuery.class)
    void everyAnswerEqualsTheHandWrittenJavaReference(DuckDbQuery query) throws SQLException {
        DuckDbResult result = duckDb.run(query);
        List<List<Object>> expected = new DuckDbTpchReference(dir).answer(query);
        assertThat(result.rows()).as("%s rows", query).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertSameRow(query + " row " + (i + 1), result.rows().get(i), expected.get(i));
        }
        assertThat(result.nanos()).isPositive();
    }

    @Test
    void q1HasFourGroupsCoveringTheLineItemsShippedBySeptember1998() throws SQLException {
        DuckDbResult q1 = duckDb.run(DuckDbQuery.Q1);
        assertThat(q1.rows()).extracting(r -> r.get(0) + "" + r.get(1)).containsExactly("AF", "NF", "NO", "RF");
        long counted = q1.rows().stream().mapToLong(r -> (Long) r.get(q1.column("count_order"))).sum();
        DuckDbResult shipped = duckDb.run(DuckDbQuery.Q1,
                "SELECT count(*) AS n FROM lineitem WHERE l_shipdate <= DATE '1998-09-02'");
        assertThat(counted).isEqualTo(shipped.value(0, "n"));
        for (List<Object> row : q1.rows()) {
            double base = (Double) row.get(q1.column("sum_base_price"));
            double discounted = (Double) row.get(q1.column("sum_disc_price"));
            double charged = (Double) row.get(q1.column("sum_charge"));
            assertThat(discounted).isLessThan(base).isLessThan(charged);
            assertThat((Double) row.get(q1.column("avg_disc"))).isBetween(0.0, 0.10);
        }
    }

    @Test
    void queriesHaveTheShapeOfTheSpecification() throws SQLException {
        DuckDbResult q3 = duckDb.run(DuckDbQuery.Q3);
        assertThat(q3.columns()).containsExactly("l_orderkey", "revenue", "o_orderdate", "o_shippriority");
        assertThat(q3.rows()).hasSize(10).allSatisfy(r -> {
            assertThat((LocalDate) r.get(2)).isBefore(LocalDate.of(1995, 3, 15));
            assertThat((Double) r.get(1)).isPositive();
        });
        assertThat(q3.rows()).extracting(r -> (Double) r.get(1)).isSortedAccordingTo((a, b) -> Double.compare(b, a));

        DuckDbResult q5 = duckDb.run(DuckDbQuery.Q5);
        assertThat(q5.rows()).extracting(r -> (String) r.get(0)).hasSize(5)
                .containsExactlyInAnyOrder("CHINA", "INDIA", "INDONESIA", "JAPAN", "VIETNAM");
        assertThat(q5.rows()).extracting(r -> (Double) r.get(1)).isSortedAccordingTo((a, b) -> Double.compare(b, a));

        DuckDbResult q6 = duckDb.run(DuckDbQuery.Q6);
        assertThat(q6.rows()).hasSize(1);
        assertThat((Double) q6.value(0, "revenue")).isPositive();

        DuckDbResult q9 = duckDb.run(DuckDbQuery.Q9);
        Set<String> nations = q9.rows().stream().map(r -> (String) r.get(0)).collect(Collectors.toSet());
        assertThat(nations).hasSize(25);
        assertThat(q9.rows()).hasSizeBetween(150, 175) // 25 nations, 7 order years (1992-1998), a few empty
                .allSatisfy(r -> assertThat((Long) r.get(1)).isBetween(1992L, 1998L));
        for (int i = 1; i < q9.rows().size(); i++) {
            List<Object> previous = q9.rows().get(i - 1);
            List<Object> row = q9.rows().get(i);
            int byNation = ((String) previous.get(0)).compareTo((String) row.get(0));
            assertThat(byNation < 0 || byNation == 0 && (Long) previous.get(1) > (Long) row.get(1))
                    .as("Q9 ordered by nation, then year descending, at row %d", i + 1).isTrue();
        }

        DuckDbResult q18 = duckDb.run(DuckDbQuery.Q18);
        assertThat(q18.rows()).isNotEmpty().hasSizeLessThanOrEqualTo(100)
                .allSatisfy(r -> assertThat((Double) r.get(q18.column("sum_qty"))).isGreaterThan(300.0));
    }

    @Test
    void aMissingTableFileIsNamedWithHowToWriteIt(@TempDir Path empty) throws Exception {
        Files.writeString(empty.resolve("region.tbl"), "0|AFRICA|x|\n");
        try (DuckDbTpch other = DuckDbTpch.open(1)) {
            assertThatThrownBy(() -> other.load(empty))
                    .isInstanceOf(NoSuchFileException.class)
                    .hasMessageContaining(empty.resolve("nation.tbl").toString())
                    .hasMessageContaining("nq gen tpch --scale-factor SF --out " + empty);
        }
        assertThatThrownBy(() -> duckDb.load(dir)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already loaded");
    }

    @Test
    void everyQueryFileHoldsOneStatementWithItsParameters() {
        for (DuckDbQuery query : DuckDbQuery.values()) {
            assertThat(query.sql()).as(query.resourceName()).startsWithIgnoringCase("SELECT").doesNotContain(";")
                    .doesNotContain("--");
        }
        assertThat(DuckDbQuery.Q9.sql()).contains("'%green%'");
        assertThat(DuckDbQuery.Q18.sql()).contains("> 300");
    }

    /** Equal rows: doubles to a relative 1e-9 (DuckDB sums in another order), everything else exactly. */
    private static void assertSameRow(String what, List<Object> actual, List<Object> expected) {
        assertThat(actual).as(what).hasSameSizeAs(expected);
        for (int c = 0; c < expected.size(); c++) {
            Object a = actual.get(c);
            Object e = expected.get(c);
            if (e instanceof Double d) {
                assertThat(a).as("%s column %d", what, c + 1).isInstanceOf(Double.class);
                double tolerance = 1e-9 * Math.max(Math.abs(d), Math.abs((Double) a)) + 1e-6;
                assertThat((Double) a).as("%s column %d", what, c + 1).isCloseTo(d, offset(tolerance));
            } else {
                assertThat(a).as("%s column %d", what, c + 1).isEqualTo(e);
            }
        }
    }
}
