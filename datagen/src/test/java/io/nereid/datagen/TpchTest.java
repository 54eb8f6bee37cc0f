package io.nereid.datagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.airlift.tpch.TpchEntity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class TpchTest {

    private static final double SF = 0.01;

    @TempDir
    static Path shared;

    private static Map<TpchTable, TpchTableFile> files;

    @BeforeAll
    static void generateOnce() throws IOException {
        files = new EnumMap<>(TpchTable.class);
        for (TpchTableFile file : Tpch.generate(SF, shared, 2)) {
            files.put(file.table(), file);
        }
    }

    @Test
    void writesTheEightTablesInOrderWithTheRowCountsOfTheSpec() throws IOException {
        assertThat(files.keySet()).containsExactly(TpchTable.values());
        // TPC-H spec 4.2.5: SF * 10,000 suppliers, SF * 150,000 customers, SF * 200,000 parts,
        // four partsupp rows per part, SF * 1,500,000 orders, 25 nations, 5 regions.
        Map<TpchTable, Long> expected = Map.of(
                TpchTable.REGION, 5L, TpchTable.NATION, 25L, TpchTable.SUPPLIER, 100L, TpchTable.CUSTOMER, 1_500L,
                TpchTable.PART, 2_000L, TpchTable.PARTSUPP, 8_000L, TpchTable.ORDERS, 15_000L);
        for (TpchTableFile file : files.values()) {
            List<String> lines = Files.readAllLines(file.file(), StandardCharsets.US_ASCII);
            assertThat(file.file()).hasFileName(file.table().tableName() + ".tbl");
            assertThat(file.rows()).as("rows reported for %s", file.table()).isEqualTo(lines.size());
            assertThat(file.bytes()).as("bytes reported for %s", file.table()).isEqualTo(Files.size(file.file()));
            if (file.table() != TpchTable.LINEITEM) {
                assertThat(file.rows()).as("rows of %s", file.table()).isEqualTo(expected.get(file.table()));
                assertThat(file.table().rowCount(SF)).as("rowCount of %s", file.table()).isEqualTo(file.rows());
            }
        }
        // One to seven line items per order, four on average: dbgen's 60,175 at SF 0.01.
        assertThat(files.get(TpchTable.LINEITEM).rows()).isEqualTo(60_175L);
        assertThat(TpchTable.LINEITEM.rowCount(SF)).isEqualTo(-1);
    }

    @ParameterizedTest
    @EnumSource(TpchTable.class)
    void everyLineIsTheLibrarysOwnLineForThatRow(TpchTable table) throws IOException {
        List<String> lines = Files.readAllLines(files.get(table).file(), StandardCharsets.US_ASCII);
        List<String> expected = new ArrayList<>();
        for (TpchEntity row : table.rows(SF, 1, 1)) {
            expected.add(row.toLine());
        }
        assertThat(lines).hasSameSizeAs(expected);
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).equals(expected.get(i))) {
                assertThat(lines.get(i)).as("%s line %d", table.fileName(), i + 1).isEqualTo(expected.get(i));
            }
        }
    }

    @Test
    void knownRowsLookAsDbgenWritesThem() throws IOException {
        assertThat(firstLine(TpchTable.NATION)).isEqualTo("0|ALGERIA|0| haggle. carefully final deposits detect slyly agai|");
        assertThat(firstLine(TpchTable.REGION)).startsWith("0|AFRICA|lar deposits. blithely final packages cajole.");
        assertThat(firstLine(TpchTable.LINEITEM)).isEqualTo(
                "1|1552|93|1|17|24710.35|0.04|0.02|N|O|1996-03-13|1996-02-12|1996-03-22|DELIVER IN PERSON|TRUCK|egular courts above the|");
        assertThat(firstLine(TpchTable.ORDERS)).isEqualTo(
                "1|370|O|172799.49|1996-01-02|5-LOW|Clerk#000000951|0|nstructions sleep furiously among |");
        assertThat(firstLine(TpchTable.CUSTOMER)).isEqualTo(
                "1|Customer#000000001|IVhzIApeRb ot,c,E|15|25-989-741-2988|711.56|BUILDING|to the even, regular platelets. regular, ironic epitaphs nag e|");
        assertThat(firstLine(TpchTable.PARTSUPP)).startsWith("1|2|3325|771.64|, even theodolites.");
        for (TpchTable table : TpchTable.values()) {
            String line = firstLine(table);
            assertThat(line).as(table.fileName()).endsWith("|").doesNotContain("\r").doesNotContain("\t");
        }
    }

    @Test
    void negativeBalancesAreWrittenWithAMinusAndTwoDecimals() throws IOException {
        List<String> balances = Files.readAllLines(files.get(TpchTable.CUSTOMER).file()).stream()
                .map(line -> line.split("\\|")[5])
                .filter(b -> b.startsWith("-"))
                .toList();
        assertThat(balances).as("customers in debt at SF 0.01").isNotEmpty()
                .allMatch(b -> b.matches("-[0-9]+\\.[0-9]{2}"));
    }

    @Test
    void outputDoesNotDependOnThreadsOrPartSize(@TempDir Path other) throws IOException {
        // One thread, parts of 64 KB: lineitem alone is cut into more than a hundred parts.
        List<TpchTableFile> again = Tpch.generate(SF, other, 1, 64 << 10);
        assertThat(again).hasSize(8);
        for (TpchTableFile file : again) {
            assertThat(Files.mismatch(file.file(), files.get(file.table()).file()))
                    .as("first differing byte of %s", file.table().fileName()).isEqualTo(-1L);
            assertThat(file.rows()).isEqualTo(files.get(file.table()).rows());
        }
    }

    @Test
    void replacesExistingFiles(@TempDir Path dir) throws IOException {
        Path region = dir.resolve("region.tbl");
        Files.writeString(region, "stale content, longer than the region table ".repeat(100));
        Tpch.generate(0.001, dir, 1);
        assertThat(Files.mismatch(region, files.get(TpchTable.REGION).file())).isEqualTo(-1L);
        assertThat(Tpch.fileNames()).containsExactly("region.tbl", "nation.tbl", "supplier.tbl", "customer.tbl",
                "part.tbl", "partsupp.tbl", "orders.tbl", "lineitem.tbl");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -1, 0.00005, Double.NaN, Double.POSITIVE_INFINITY})
    void refusesScaleFactorsWithoutData(double sf) {
        assertThatThrownBy(() -> Tpch.generate(sf, shared))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scale factor must be a number of at least 0.0001");
    }

    @Test
    void aMissingDirectoryFailsAndLeavesNothingBehind(@TempDir Path dir) {
        Path missing = dir.resolve("missing");
        assertThatThrownBy(() -> Tpch.generate(0.001, missing, 1)).isInstanceOf(NoSuchFileException.class);
        assertThat(missing).doesNotExist();
    }

    private static String firstLine(TpchTable table) throws IOException {
        try (var lines = Files.lines(files.get(table).file(), StandardCharsets.US_ASCII)) {
            return lines.findFirst().orElseThrow();
        }
    }
}
