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
        assertThat(results).anyMatch(l -> l.startsWith("RESULT graph-sssp workers=2 scale=8 "));
        for (String q : List.of("q1", "q3", "q5", "q6", "q9", "q18")) {
            assertThat(results).anyMatch(l -> l.startsWith("RESULT tpch-" + q + " sf=0.001 workers=2 rows=")
                    && l.contains(" duckdb_seconds=") && l.contains(" query_ratio="));
        }
        assertThat(results).anyMatch(l -> l.startsWith("RESULT tpch-total sf=0.001 workers=2 queries=6 ")
                && l.contains(" goal_ratio=1.5 goal_met="));
        assertThat(results).anyMatch(l -> l.startsWith("RESULT compile program=tpch-q9 lines="));
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

    @Test
    void aTpchQueryWhoseAnswerDiffersFromDuckDbIsAFailure() {
        int code = run("peers", "--only", "tpch", "--tpch-sf", "0.001", "--repeat", "1", "--warmup", "0",
                "--corrupt", "nereid-2", "--no-write");
        assertThat(code).isEqualTo(Main.EXIT_WRONG_ANSWER);
        assertThat(err.toString()).contains("nq bench peers: wrong answer: tpch q1: Nereid and DuckDB disagree: Nereid "
                + "answers 3 rows, DuckDB 4");
        assertThat(results()).contains("RESULT tpch-q1 sf=0.001 status=wrong_answer",
                "RESULT tpch-q18 sf=0.001 status=wrong_answer").noneMatch(l -> l.contains("seconds="));
    }
}
