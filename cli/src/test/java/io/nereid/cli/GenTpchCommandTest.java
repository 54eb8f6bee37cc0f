package io.nereid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.datagen.Tpch;
import io.nereid.datagen.TpchTableFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GenTpchCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesTheSameTablesAsTheGeneratorIntoANewDirectory(@TempDir Path reference) throws IOException {
        Path out = dir.resolve("new/tpch");
        NqRun run = NqRun.of("gen", "tpch", "--scale-factor", "0.001", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        List<TpchTableFile> expected = Tpch.generate(0.001, reference, 1);
        for (TpchTableFile file : expected) {
            Path written = out.resolve(file.table().fileName());
            assertThat(Files.mismatch(written, file.file())).as(written.toString()).isEqualTo(-1L);
            assertThat(run.out()).containsPattern(
                    "(?m)^  " + file.table().fileName().replace(".", "\\.") + " +" + String.format("%,d", file.rows()) + " rows ");
        }
        assertThat(run.out().lines().reduce((a, b) -> b).orElseThrow())
                .startsWith("wrote 8 TPC-H tables (scale factor 0.001, ")
                .contains(" to " + out + " in ");
    }

    @Test
    void equalsSignsAndAnExistingDirectoryWork() throws IOException {
        Path stale = Files.writeString(dir.resolve("region.tbl"), "stale\n".repeat(500));
        Path other = Files.writeString(dir.resolve("notes.txt"), "kept");
        NqRun run = NqRun.of("gen", "tpch", "--scale-factor=0.0001", "--out=" + dir);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readAllLines(stale)).hasSize(5).allMatch(line -> line.endsWith("|"));
        assertThat(Files.readString(other)).isEqualTo("kept");
    }

    @ParameterizedTest(name = "nq gen tpch {0}")
    @CsvSource(delimiter = '|', value = {
        "--scale-factor 1 --out DIR --color blue | nq gen tpch: Unknown options: '--color', 'blue'",
        "--out DIR                              | nq gen tpch: Missing required option: '--scale-factor=SF'",
        "--scale-factor 1                       | nq gen tpch: Missing required option: '--out=DIR'",
        "--out DIR --scale-factor               | nq gen tpch: Missing required parameter for option '--scale-factor' (SF)",
        "--scale-factor one --out DIR           | nq gen tpch: Invalid value for option '--scale-factor': 'one' is not a double",
        "--scale-factor 0 --out DIR             | nq gen tpch: Invalid value for option '--scale-factor': the scale factor must be a number of at least 0.0001 (1 gives about 1 GB of data), got 0.0",
        "--scale-factor -2 --out DIR            | nq gen tpch: Invalid value for option '--scale-factor': the scale factor must be a number of at least 0.0001 (1 gives about 1 GB of data), got -2.0",
        "--scale-factor NaN --out DIR           | nq gen tpch: Invalid value for option '--scale-factor': the scale factor must be a number of at least 0.0001 (1 gives about 1 GB of data), got NaN",
    })
    void userErrorsPrintOneLineAndTheUsage(String args, String expectedFirstLine) throws IOException {
        Path out = dir.resolve("out");
        NqRun run = NqRun.of(("gen tpch " + args.replace("DIR", out.toString())).split(" "));
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.firstErrorLine()).isEqualTo(expectedFirstLine);
        assertThat(run.err()).contains("Usage: nq gen tpch").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void unwritableDirectoryIsAUsageError() throws IOException {
        Path plainFile = Files.writeString(dir.resolve("plain-file"), "x");
        String[][] cases = {
            {plainFile.toString(), "it is a file, not a directory (name a directory)"},
            {plainFile.resolve("tpch").toString(), "Not a directory"},
        };
        for (String[] c : cases) {
            NqRun run = NqRun.of("gen", "tpch", "--scale-factor", "0.01", "--out", c[0]);
            assertThat(run.exitCode()).as(c[0]).isEqualTo(Main.EXIT_USAGE);
            assertThat(run.firstErrorLine()).as(c[0]).startsWith("nq gen tpch: Cannot write --out '" + c[0] + "': ")
                    .contains(c[1]);
            assertThat(run.err()).contains("Usage: nq gen tpch").doesNotContain("\tat ");
            assertThat(run.out()).isEmpty();
        }
        assertThat(Files.readString(plainFile)).isEqualTo("x");
    }

    @Test
    void genListsTpchAmongItsGenerators() {
        NqRun run = NqRun.of("gen", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("rmat").contains("tpch");
    }
}
