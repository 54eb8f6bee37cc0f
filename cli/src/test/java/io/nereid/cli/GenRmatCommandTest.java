package io.nereid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.datagen.EdgeCsvReader;
import io.nereid.datagen.EdgeList;
import io.nereid.datagen.Rmat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GenRmatCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesTheSameGraphAsTheGenerator() throws IOException {
        Path file = dir.resolve("g.csv");
        NqRun run = NqRun.of("gen", "rmat", "--scale", "10", "--edge-factor", "8", "--seed", "42", "--out", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("wrote 8192 edges over 1024 nodes (R-MAT scale 10, edge factor 8, seed 42) to "
                + file + System.lineSeparator());
        assertThat(EdgeCsvReader.read(file)).isEqualTo(Rmat.generate(10, 8, 42));
    }

    @Test
    void defaultsToEdgeFactor16AndSeed42() throws IOException {
        Path file = dir.resolve("g.csv");
        NqRun run = NqRun.of("gen", "rmat", "--scale=6", "--out=" + file);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(EdgeCsvReader.read(file)).isEqualTo(Rmat.generate(6, 16, 42));
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path file = dir.resolve("g.csv");
        Files.writeString(file, "old content that is longer than the new graph ".repeat(1000));
        assertThat(NqRun.of("gen", "rmat", "--scale", "3", "--edge-factor", "1", "--out", file.toString()).exitCode()).isZero();
        assertThat(EdgeCsvReader.read(file)).isEqualTo(Rmat.generate(3, 1, 42));
    }

    @Test
    void dashWritesToStandardOutput() throws IOException {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        NqRun run;
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.US_ASCII));
            run = NqRun.of("gen", "rmat", "--scale", "4", "--edge-factor", "2", "--seed", "9", "--out", "-");
        } finally {
            System.setOut(saved);
        }
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).startsWith("wrote 32 edges over 16 nodes");
        EdgeList edges = EdgeCsvReader.read(new ByteArrayInputStream(bytes.toByteArray()), "stdout");
        assertThat(edges).isEqualTo(Rmat.generate(4, 2, 9));
    }

    @ParameterizedTest(name = "nq gen rmat {0}")
    @CsvSource(delimiter = '|', value = {
        "--scale 10 --out x.csv --color blue  | nq gen rmat: Unknown options: '--color', 'blue'",
        "--out x.csv                          | nq gen rmat: Missing required option: '--scale=S'",
        "--scale 10                           | nq gen rmat: Missing required option: '--out=FILE'",
        "--out x.csv --scale                  | nq gen rmat: Missing required parameter for option '--scale' (S)",
        "--scale ten --out x.csv              | nq gen rmat: Invalid value for option '--scale': 'ten' is not an int",
        "--scale 10 --seed 1.5 --out x.csv    | nq gen rmat: Invalid value for option '--seed': '1.5' is not a long",
        "--scale 31 --out x.csv               | nq gen rmat: Invalid value for option '--scale': 31 is out of range, expected 1 to 30",
        "--scale 0 --out x.csv                | nq gen rmat: Invalid value for option '--scale': 0 is out of range, expected 1 to 30",
        "--scale 4 --edge-factor 0 --out x.csv | nq gen rmat: Invalid value for option '--edge-factor': 0 is out of range, expected at least 1",
        "--scale 30 --edge-factor 4 --out x.csv | nq gen rmat: scale 30 with edge factor 4 gives 4294967296 edges, more than a Java array holds; lower the edge factor or the scale",
    })
    void userErrorsPrintOneLineAndTheUsage(String args, String expectedFirstLine) {
        NqRun run = NqRun.of(("gen rmat " + args.replace("x.csv", dir.resolve("x.csv").toString())).split(" "));
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.firstErrorLine()).isEqualTo(expectedFirstLine);
        assertThat(run.err()).contains("Usage: nq gen rmat").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
        assertThat(dir.resolve("x.csv")).doesNotExist();
    }

    @Test
    void unwritableFileIsAUsageError() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");
        String[][] cases = {
            {dir.resolve("missing/g.csv").toString(), "its directory does not exist (create it first)"},
            {notADirectory.resolve("g.csv").toString(), "Not a directory"},
            {dir.toString(), "it is a directory (name a file inside it)"},
        };
        for (String[] c : cases) {
            NqRun run = NqRun.of("gen", "rmat", "--scale", "4", "--out", c[0]);
            assertThat(run.exitCode()).as(c[0]).isEqualTo(Main.EXIT_USAGE);
            assertThat(run.firstErrorLine()).as(c[0]).startsWith("nq gen rmat: Cannot write --out '" + c[0] + "': ")
                    .contains(c[1]);
            assertThat(run.err()).contains("Usage: nq gen rmat").doesNotContain("\tat ");
        }
        assertThat(dir).isDirectory();
    }

    @Test
    void genWithoutAGeneratorIsAUsageError() {
        NqRun run = NqRun.of("gen");
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.firstErrorLine()).isEqualTo("nq gen: Missing required subcommand");
        assertThat(run.err()).contains("rmat");
    }
}
