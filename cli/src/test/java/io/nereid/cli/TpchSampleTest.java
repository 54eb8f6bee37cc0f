package io.nereid.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The TPC-H samples ({@code samples/tpch/qN.nq}) through {@code nq run} on SF 0.01 data written by
 * {@code nq gen tpch}, against DuckDB running the standard SQL of each query on the same
 * {@code .tbl} files. Rows are compared in order (every query orders its result), doubles with a
 * relative tolerance, since the two engines add in different orders.
 */
class TpchSampleTest {
    private static final Path SAMPLES = Path.of("..", "samples", "tpch");
    private static final Pattern INPUT = Pattern.compile("^input (\\w+) :", Pattern.MULTILINE);
    private static final double TOLERANCE = 1e-9;

    @TempDir
    static Path data;

    private static TpchDuckDb duckDb;

    @BeforeAll
    static void generateAndLoad() throws IOException, SQLException {
        NqRun gen = NqRun.of("gen", "tpch", "--scale-factor", "0.01", "--out", data.toString());
        assertThat(gen.exitCode()).as(gen.err()).isZero();
        duckDb = TpchDuckDb.load(SAMPLES.resolve("sql"), data);
    }

    @AfterAll
    static void closeDuckDb() throws SQLException {
        if (duckDb != null) {
            duckDb.close();
        }
    }

    static Stream<Arguments> runs() {
        List<Arguments> runs = new ArrayList<>();
        for (String q : List.of("q1", "q3", "q5", "q6", "q9", "q18")) {
            runs.add(Arguments.of(q, "--workers=1"));
            runs.add(Arguments.of(q, "--workers=2"));
        }
        runs.add(Arguments.of("q9", "--processes=2 --local --workers=2"));
        return runs.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("runs")
    void answersAsDuckDbDoes(String query, String placement, @TempDir Path out) throws IOException, SQLException {
        Path program = SAMPLES.resolve(query + ".nq");
        Path result = out.resolve(query + ".csv");
        List<String> args = new ArrayList<>(List.of("run", program.toString()));
        Matcher inputs = INPUT.matcher(Files.readString(program));
        while (inputs.find()) {
            args.add("--input=" + inputs.group(1) + "=" + data.resolve(inputs.group(1) + ".tbl"));
        }
        args.add("--output=" + query + "=" + result);
        args.addAll(List.of(placement.split(" ")));
        NqRun run = NqRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();

        TpchDuckDb.Answer expected = duckDb.run(SAMPLES.resolve("sql").resolve(query + ".sql"));
        assertThat(expected.rows()).as("DuckDB's answer to " + query).isNotEmpty();
        List<List<String>> actual = readCsv(result);
        assertThat(actual.get(0)).as("columns").isEqualTo(expected.columns());
        List<List<String>> rows = actual.subList(1, actual.size());
        assertThat(rows).as("rows of " + query).hasSameSizeAs(expected.rows());
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < expected.columns().size(); c++) {
                check(query + " row " + (r + 1) + " column " + expected.columns().get(c), expected.rows().get(r).get(c),
                        rows.get(r).get(c));
            }
        }
    }

    private static void check(String where, Object expected, String actual) {
        if (expected instanceof Double d) {
            double a = Double.parseDouble(actual);
            if (Math.abs(a - d) > TOLERANCE * Math.max(1, Math.max(Math.abs(a), Math.abs(d)))) {
                fail(where + ": expected " + d + " (DuckDB) but Nereid gave " + a);
            }
        } else if (expected instanceof Long l) {
            assertThat(Long.parseLong(actual)).as(where).isEqualTo(l);
        } else if (expected instanceof LocalDate day) {
            assertThat(LocalDate.parse(actual)).as(where).isEqualTo(day);
        } else {
            assertThat(actual).as(where).isEqualTo(String.valueOf(expected));
        }
    }

    private static List<List<String>> readCsv(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
            for (CsvRecord record : reader) {
                rows.add(record.getFields());
            }
        }
        return rows;
    }
}
