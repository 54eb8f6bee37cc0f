package io.nereid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.datagen.EdgeCsvReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExampleCommandTest {
    private static final Path SAMPLE = Path.of("..", "samples", "graphs", "rmat-10.csv");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {1, 2})
    void ccCountsTheComponentsUnionFindFinds(int workers) throws IOException {
        NqRun run = NqRun.of("example", "cc", SAMPLE.toString(), "--workers", String.valueOf(workers));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("8192 edges, 1024 nodes: " + GraphReference.componentCount(EdgeCsvReader.read(SAMPLE), 1024)
                + " connected components");
    }

    @Test
    void ccOnAMissingFileIsAUsageError() {
        NqRun run = NqRun.of("example", "cc", dir.resolve("missing.csv").toString());
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.err()).startsWith("nq example cc: Cannot read '" + dir.resolve("missing.csv") + "': no such file");
    }

    @Test
    void ccOnABadRowNamesTheLine() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "src,dst\n1,2\n3,x\n");
        NqRun run = NqRun.of("example", "cc", bad.toString());
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.err()).contains(bad + ":3:");
    }

    @Test
    void wordcountPrintsEveryEpoch() throws IOException {
        Path text = dir.resolve("t.txt");
        Files.writeString(text, "a b a\nc a\nb b b\n");
        NqRun run = NqRun.of("example", "wordcount", text.toString(), "--lines-per-epoch", "2", "--top", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsExactly(
                "epoch 0: 3 distinct words; top: [a=3, b=1]",
                "epoch 1: 1 distinct words; top: [b=3]");
    }

    @Test
    void loopReachesN() {
        NqRun run = NqRun.of("example", "loop", "--to", "50", "--workers", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("values [0, 25, 50] reached 50 after at most 50 iterations");
    }
}
