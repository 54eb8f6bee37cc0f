package io.nereid.datagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EdgeCsvTest {

    private static final String ROW_HINT = " (each line after the header must be two integers, like 12,34)";
    private static final String HEADER_HINT = " (the first line of an edge file must be exactly src,dst)";

    @TempDir
    Path dir;

    @Test
    void generatedGraphSurvivesAFileRoundTrip() throws IOException {
        // About 300 KB: crosses the reader's and writer's buffer boundaries several times.
        EdgeList edges = Rmat.generate(12, 8, 3);
        Path file = dir.resolve("g.csv");
        EdgeCsvWriter.write(edges, file);
        assertThat(Files.readAllLines(file).get(0)).isEqualTo("src,dst");
        assertThat(Files.readAllLines(file)).hasSize(edges.size() + 1);
        assertThat(Files.readAllLines(file).get(1)).isEqualTo(edges.src()[0] + "," + edges.dst()[0]);
        assertThat(EdgeCsvReader.read(file)).isEqualTo(edges);
    }

    @Test
    void streamedWriteEqualsInMemoryWrite() throws IOException {
        Path whole = dir.resolve("whole.csv");
        Path streamed = dir.resolve("streamed.csv");
        EdgeCsvWriter.write(Rmat.generate(11, 40, 8), whole);
        try (EdgeCsvWriter writer = new EdgeCsvWriter(Files.newOutputStream(streamed))) {
            Rmat.generate(11, 40, 8, writer);
        }
        assertThat(Files.readAllBytes(streamed)).isEqualTo(Files.readAllBytes(whole));
    }

    @Test
    void extremeValuesRoundTrip() throws IOException {
        long[] values = {0, 9, 10, 99, 100, Long.MAX_VALUE, -1, -10, Long.MIN_VALUE + 1, 1234567890123L};
        long[] reversed = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            reversed[i] = values[values.length - 1 - i];
        }
        EdgeList edges = new EdgeList(values, reversed);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (EdgeCsvWriter writer = new EdgeCsvWriter(bytes)) {
            writer.accept(edges.src(), edges.dst(), edges.size());
        }
        String text = bytes.toString(StandardCharsets.US_ASCII);
        assertThat(text).startsWith("src,dst\n0,1234567890123\n9,-9223372036854775807\n");
        assertThat(read(text)).isEqualTo(edges);
    }

    @Test
    void acceptsCrLfEmptyLinesAByteOrderMarkAndAMissingFinalNewline() throws IOException {
        EdgeList expected = new EdgeList(new long[] {1, 3, 5}, new long[] {2, 4, 6});
        assertThat(read("src,dst\r\n1,2\r\n\r\n3,4\n\n5,6")).isEqualTo(expected);
        assertThat(read("\uFEFFsrc,dst\n1,2\n3,4\n5,6\r\n")).isEqualTo(expected);
        assertThat(read("src,dst\n").size()).isZero();
        assertThat(read("src,dst").size()).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "<empty>                      | t.csv:1:1: empty file, expected the header 'src,dst'" + HEADER_HINT,
        "a,b\\n1,2                    | t.csv:1:1: expected the header 'src,dst', found 'a,b'" + HEADER_HINT,
        "src,dst\\n1,2\\n3\\n         | t.csv:3:2: expected ',' after the src id, found the end of the line" + ROW_HINT,
        "src,dst\\n1,2,3\\n           | t.csv:2:4: too many columns: expected the end of the line after the dst id" + ROW_HINT,
        "src,dst\\n1,x\\n             | t.csv:2:3: expected the dst id, found 'x'" + ROW_HINT,
        "src,dst\\n1,\\n              | t.csv:2:3: expected the dst id, found the end of the line" + ROW_HINT,
        "src,dst\\n 1,2\\n            | t.csv:2:1: expected the src id, found ' '" + ROW_HINT,
        "src,dst\\n1,2 \\n            | t.csv:2:4: expected the end of the line after the dst id, found ' '" + ROW_HINT,
        "src,dst\\n-x,2\\n            | t.csv:2:2: expected a digit after '-', found 'x'" + ROW_HINT,
        "src,dst\\n99999999999999999999,1 | t.csv:2:19: number too large for a long" + ROW_HINT,
        "src,dst\\n1,2\\r3            | t.csv:2:5: expected a line feed after a carriage return, found '3'" + ROW_HINT,
        "src,dst\\n4,5\\n1,           | t.csv:3:3: unexpected end of file in the middle of a row" + ROW_HINT,
    })
    void refusesMalformedInputNamingTheLineAndColumn(String input, String message) {
        String text = input.equals("<empty>") ? "" : input.replace("\\n", "\n").replace("\\r", "\r");
        assertThatThrownBy(() -> read(text)).isInstanceOf(CsvFormatException.class).hasMessage(message);
    }

    @Test
    void formatErrorCarriesItsLocation() {
        assertThatThrownBy(() -> read("src,dst\n1,2\n3;4\n")).isInstanceOfSatisfying(CsvFormatException.class, e -> {
            assertThat(e.source()).isEqualTo("t.csv");
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo(2);
            assertThat(e.problem()).isEqualTo("expected ',' after the src id, found ';'");
        });
    }

    private static EdgeList read(String text) throws IOException {
        return EdgeCsvReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv");
    }
}
