package io.nereid.operators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TblSourceTest {
    private static final RelationInfo ROWS = new RelationInfo("t", List.of(new Column("id", ColumnKind.LONG),
            new Column("n", ColumnKind.INT), new Column("price", ColumnKind.DOUBLE), new Column("day", ColumnKind.DATE),
            new Column("text", ColumnKind.STRING), new Column("ok", ColumnKind.BOOL)), Optional.empty());

    private static List<String> read(TblSource s) {
        List<String> out = new ArrayList<>();
        while (s.next()) {
            out.add(s.getLong(0) + "/" + s.getInt(1) + "/" + s.getDouble(2) + "/" + LocalDate.ofEpochDay(s.getDate(3))
                    + "/[" + s.getString(4) + "]/" + s.getBool(5));
        }
        s.close();
        return out;
    }

    @Test
    void barsSeparateFieldsAndTheTrailingBarIsOptional() {
        TblSource s = TblSource.ofText("t.tbl", "1|7|24710.35|1996-03-13| a, \"b\" |true|\n"
                + "-2|-3|0.04|1970-01-01|x|false\n", ROWS, BadRowPolicy.FAIL);
        assertThat(read(s)).containsExactly("1/7/24710.35/1996-03-13/[ a, \"b\" ]/true",
                "-2/-3/0.04/1970-01-01/[x]/false");
        assertThat(s.rows()).isEqualTo(2);
    }

    @Test
    void extraFieldsEmptyLinesAndCrLfAreAccepted() {
        TblSource s = TblSource.ofText("t.tbl", "1|2|3|2000-02-29||true|extra|\r\n\n5|6|1e3|2024-12-31|z|false|",
                ROWS, BadRowPolicy.FAIL);
        assertThat(read(s)).containsExactly("1/2/3.0/2000-02-29/[]/true", "5/6/1000.0/2024-12-31/[z]/false");
    }

    @Test
    void aBadValueNamesFileLineColumnFieldAndType() {
        TblSource s = TblSource.ofText("t.tbl", "1|2|3.5|2000-01-01|a|true|\n1|2|3.5|2000-02-30|a|true|\n",
                ROWS, BadRowPolicy.FAIL);
        assertThat(s.next()).isTrue();
        assertThatThrownBy(s::next).isInstanceOf(CsvRowException.class)
                .hasMessage("t.tbl:2:9: field 'day' expects a date (yyyy-mm-dd), but the value is '2000-02-30'");
    }

    @Test
    void anIntOutOfRangeIsABadValue() {
        TblSource s = TblSource.ofText("t.tbl", "1|3000000000|3.5|2000-01-01|a|true|\n", ROWS, BadRowPolicy.FAIL);
        assertThatThrownBy(s::next).isInstanceOf(CsvRowException.class)
                .hasMessage("t.tbl:1:3: field 'n' expects an int, but the value is '3000000000'");
    }

    @Test
    void aShortRowIsReported() {
        TblSource s = TblSource.ofText("t.tbl", "1|2|3.5|\n", ROWS, BadRowPolicy.FAIL);
        assertThatThrownBy(s::next).isInstanceOf(CsvRowException.class)
                .hasMessage("t.tbl:1:9: the row has 3 fields, but field 'day' (date) is column 4");
    }

    @Test
    void skipModeSkipsAndCounts() {
        TblSource s = TblSource.ofText("t.tbl", "x|2|3|2000-01-01|a|true|\n1|2|3|2000-01-01|a|true|\n1|2|\n",
                ROWS, BadRowPolicy.SKIP);
        assertThat(read(s)).containsExactly("1/2/3.0/2000-01-01/[a]/true");
        assertThat(s.skippedRows()).isEqualTo(2);
    }

    @Test
    void linesLongerThanTheBufferAndManyRowsAcrossRefillsAreRead(@TempDir Path dir) throws IOException {
        StringBuilder text = new StringBuilder();
        String longText = "y".repeat(3 << 20);
        text.append("0|0|0.5|2000-01-01|").append(longText).append("|true|\n");
        for (int i = 1; i <= 100_000; i++) {
            text.append(i).append('|').append(i % 1000).append('|').append(i).append(".25|1999-12-31|row ").append(i)
                    .append("|false|\n");
        }
        Path file = dir.resolve("big.tbl");
        Files.writeString(file, text);
        try (InputSource s = InputSource.open(file, ROWS, BadRowPolicy.FAIL)) {
            assertThat(s).isInstanceOf(TblSource.class);
            assertThat(s.next()).isTrue();
            assertThat(s.getString(4)).isEqualTo(longText);
            long sum = 0;
            double prices = 0;
            while (s.next()) {
                sum += s.getLong(0);
                prices += s.getDouble(2);
                assertThat(s.getString(4)).isEqualTo("row " + s.getLong(0));
            }
            assertThat(sum).isEqualTo(100_000L * 100_001 / 2);
            assertThat(prices).isEqualTo(100_000L * 100_001 / 2 + 0.25 * 100_000);
            assertThat(s.rows()).isEqualTo(100_001);
        }
    }

    @Test
    void otherExtensionsAreCsv(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, "1,2,3.5,2000-01-01,a,true\n");
        try (InputSource s = InputSource.open(file, ROWS, BadRowPolicy.FAIL)) {
            assertThat(s).isInstanceOf(CsvSource.class);
        }
    }

    @Test
    void onlyTheColumnsToReadAreParsedAndAShortRowNeedsOnlyThose() {
        TblSource s = TblSource.ofText("t.tbl", "1|x|2.5|never|a|maybe|\n2|y|3.5|\n", ROWS, BadRowPolicy.FAIL);
        s.readColumns(new boolean[] {true, false, true, false, false, false});
        assertThat(s.next()).isTrue();
        assertThat(s.getLong(0)).isEqualTo(1);
        assertThat(s.getDouble(2)).isEqualTo(2.5);
        assertThat(s.next()).isTrue();
        assertThat(s.getLong(0)).isEqualTo(2);
        assertThat(s.getDouble(2)).isEqualTo(3.5);
        assertThat(s.next()).isFalse();
    }

    @Test
    void csvSourcesSkipUnreadColumnsToo() {
        CsvSource s = CsvSource.ofText("t.csv", "1,x,2.5,never,a,maybe\n", ROWS, BadRowPolicy.FAIL);
        s.readColumns(new boolean[] {true, false, true, false, true, false});
        assertThat(s.next()).isTrue();
        assertThat(s.getString(4)).isEqualTo("a");
        assertThat(s.next()).isFalse();
    }

    @Test
    void parserThreadsOverSmallChunksKeepTheFileOrder() {
        StringBuilder text = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            text.append(i).append('|').append(i % 7).append('|').append(i).append(".5|2001-01-01|t").append(i)
                    .append("|true|\n");
            if (i % 100 == 0) {
                text.append('\n'); // empty lines count as lines
            }
            expected.add(i + "/" + (i % 7) + "/" + i + ".5/2001-01-01/[t" + i + "]/true");
        }
        for (int chunk : new int[] {1, 64, 1000}) {
            assertThat(read(TblSource.of("t.tbl", text.toString(), ROWS, BadRowPolicy.FAIL, 3, chunk)))
                    .as("chunks of " + chunk).isEqualTo(expected);
        }
    }

    @Test
    void aBadRowInALaterChunkIsLocatedInTheFileAfterTheRowsBeforeIt() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 300; i++) {
            text.append(i).append(i == 250 ? "|2|x|2000-01-01|a|true|\n" : "|2|3|2000-01-01|a|true|\n");
        }
        TblSource s = TblSource.of("t.tbl", text.toString(), ROWS, BadRowPolicy.FAIL, 2, 100);
        for (int i = 1; i < 250; i++) {
            assertThat(s.next()).isTrue();
            assertThat(s.getLong(0)).isEqualTo(i);
        }
        assertThatThrownBy(s::next).isInstanceOf(CsvRowException.class)
                .hasMessage("t.tbl:250:7: field 'price' expects a double, but the value is 'x'");
        s.close();
        TblSource skipping = TblSource.of("t.tbl", text.toString(), ROWS, BadRowPolicy.SKIP, 2, 100);
        assertThat(read(skipping)).hasSize(299);
        assertThat(skipping.skippedRows()).isEqualTo(1);
        assertThat(skipping.rows()).isEqualTo(299);
    }
}
