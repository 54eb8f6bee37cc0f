package io.nereid.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code nq bench peers} at a tiny scale: checked answers, RESULT lines, the table in BENCHMARKS.md. */
@Timeout(600)
class PeersBenchCommandTest extends NqBenchRun {
    @TempDir
    Path dir;

    private List<String> results() {
        return Arrays.stream(out.toString().split("\n")).filter(l -> l.startsWith("RESULT ")).toList();
    }

    @Test
    void runsEveryPartAndWritesTheTableIntoBenchmarksMd() throws IOException {
        Path md = dir.resolve("BENCHMARKS.md");
        Files.writeString(md, "# Benchmarks\n\nkept above\n");
        int code = run("peers", "--scale", "8", "--edge-factor", "4", "--repeat", "1", "--warmup", "0", "--tpch-sf",
                "0.001", "--compile-warmup", "0", "--compile-repeat", "1", "--benchmarks-md", md.toString());
        assertThat(code).as(err.toString()).isEqualTo(Main.EXIT_OK);
        List<String> results = results();
        for (String w : List.of("pagerank", "cc", "reach")) {
            assertThat(results).anyMatch(l -> l.startsWith("RESULT graph-" + w + " workers=1 scale=8 "))
                    .anyMatch(l -> l.startsWith("RESULT graph-" + w + " workers=2 scale=8 "));
        }
        assertThat(results).anyMatch(l -> l.startsWith("RESULT graph-sssp workers=2 ")
                || l.equals("RESULT graph-sssp status=skipped reason=no_sample"));
        assertThat(results).anyMatch(l -> l.startsWith("RESULT compile program=pagerank lines=")
                && l.contains(" goal_ms=300 "));
        assertThat(results).anyMatch(l -> l.startsWith("RESULT compile program=wordcount lines="));
        String text = Files.readString(md);
        assertThat(text).startsWith("# Benchmarks\n\nkept above\n\n" + BenchmarksMd.begin("nq bench peers"))
                .contains("## Against peers", "Machine: 2 processors".substring(0, 9), "$ ./nq bench peers --scale 8 ")
                .contains(results.get(0)).contains("| graph-pagerank | workers | scale |")
                .endsWith(BenchmarksMd.end("nq bench peers") + "\n");

        out.getBuffer().setLength(0);
        assertThat(run("peers", "--only", "compile", "--compile-warmup", "0", "--compile-repeat", "1", "--benchmarks-md",
                md.toString())).isEqualTo(Main.EXIT_OK);
        String again = Files.readString(md);
        assertThat(again.indexOf(BenchmarksMd.begin("nq bench peers")))
                .isEqualTo(again.lastIndexOf(BenchmarksMd.begin("nq bench peers"))).isPositive();
        assertThat(again).startsWith("# Benchmarks\n\nkept above\n").doesNotContain("graph-pagerank");
    }

    @Test
    void aWrongAnswerIsAFailureAndNamedInTheTable() throws IOException {
        Path md = dir.resolve("BENCHMARKS.md");
        int code = run("peers", "--only", "graph", "--scale", "7", "--edge-factor", "4", "--repeat", "1", "--warmup", "0",
                "--corrupt", "nereid-1", "--benchmarks-md", md.toString());
        assertThat(code).isEqualTo(Main.EXIT_WRONG_ANSWER);
        assertThat(err.toString()).contains("nq bench peers: wrong answer: pagerank: Nereid, 1 worker and the "
                + "hand-written loop disagree");
        assertThat(results()).contains("RESULT graph-reach scale=7 edge_factor=4 status=wrong_answer")
                .noneMatch(l -> l.contains("seconds="));
        assertThat(Files.readString(md)).contains("Wrong answer (no figure): pagerank: Nereid, 1 worker");
    }
}
