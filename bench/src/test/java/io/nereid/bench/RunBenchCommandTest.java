package io.nereid.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code nq bench run} at a tiny scale: every contender's answer agrees (Nereid with 1 and 2
 * workers, the loop and DuckDB are four independent computations), and a contender whose answer
 * is spoiled on purpose ({@code --corrupt}) makes its workload a failure without a figure.
 */
@Timeout(300)
class RunBenchCommandTest extends NqBenchRun {
    private static final String[] TINY = {"--scale", "8", "--edge-factor", "4", "--repeat", "1", "--warmup", "0"};

    private int runTiny(String... more) {
        String[] args = new String[1 + TINY.length + more.length];
        args[0] = "run";
        System.arraycopy(TINY, 0, args, 1, TINY.length);
        System.arraycopy(more, 0, args, 1 + TINY.length, more.length);
        return run(args);
    }

    private List<String> results() {
        return Arrays.stream(out.toString().split("\n")).filter(l -> l.startsWith("RESULT ")).toList();
    }

    @Test
    void everyContenderAgreesAndEveryFigureHasAResultLine() {
        int code = runTiny("--compile-warmup", "0", "--compile-repeat", "1");
        assertThat(code).as(err.toString()).isEqualTo(Main.EXIT_OK);
        List<String> results = results();
        assertThat(results).hasSize(8);
        assertThat(results.get(0)).startsWith("RESULT graph-pagerank workers=1 scale=8 edge_factor=4 rows=")
                .contains(" ratio_loop=", " ratio_duckdb=", " goal_ratio_loop=1.5 ", " goal_met=");
        assertThat(results.get(1)).startsWith("RESULT graph-pagerank workers=2 ").contains(" goal_ratio_loop=1 ");
        assertThat(results.get(2)).startsWith("RESULT graph-cc workers=1 ").contains(" goal_ratio_duckdb=0.1 ");
        assertThat(results.get(3)).startsWith("RESULT graph-cc workers=2 ");
        assertThat(results.get(4)).startsWith("RESULT graph-reach workers=1 ");
        assertThat(results.get(5)).startsWith("RESULT graph-reach workers=2 ");
        assertThat(results.get(6)).startsWith("RESULT compile program=pagerank lines=").contains(" goal_ms=300 ");
        assertThat(results.get(7)).startsWith("RESULT memory-pagerank workers=1 scale=8 edge_factor=4 xmx=4g hwm_mib=")
                .contains(" goal_ratio=2 ");
        assertThat(out.toString()).contains("pagerank: ", "equal for every contender");
        assertThat(err.toString()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "duckdb,   DuckDB",
        "nereid-2, 'Nereid, 2 workers'",
        "loop,     hand-written loop",
    })
    void aWrongAnswerIsAFailureNotAFigure(String contender, String description) {
        int code = runTiny("--only", "graph", "--corrupt", contender);
        assertThat(code).isEqualTo(Main.EXIT_WRONG_ANSWER);
        assertThat(err.toString()).contains("nq bench run: wrong answer: pagerank: " + description
                + " and the hand-written loop disagree: key ");
        List<String> results = results();
        assertThat(results).contains("RESULT graph-pagerank scale=8 edge_factor=4 status=wrong_answer",
                "RESULT graph-cc scale=8 edge_factor=4 status=wrong_answer");
        assertThat(results).noneMatch(l -> l.contains("seconds="));
    }

    @Test
    void aWrongAnswerInTheMemoryProbeIsAFailure() {
        int code = runTiny("--only", "memory", "--corrupt", "nereid-1");
        assertThat(code).isEqualTo(Main.EXIT_WRONG_ANSWER);
        assertThat(err.toString()).contains("wrong answer: pagerank (memory probe): Nereid, 1 worker answered ");
        assertThat(results()).containsExactly("RESULT memory-pagerank status=wrong_answer");
    }

    @Test
    void withoutDuckDbTheRatiosAreToTheLoopOnly() {
        int code = runTiny("--only", "graph", "--no-duckdb");
        assertThat(code).as(err.toString()).isEqualTo(Main.EXIT_OK);
        assertThat(results()).hasSize(6).noneMatch(l -> l.contains("duckdb"));
        assertThat(results().get(2)).doesNotContain("goal_met");
    }

    @Test
    void workloadsPicksTheGraphWorkloads() {
        int code = runTiny("--only", "graph", "--workloads", "reach", "--no-duckdb");
        assertThat(code).as(err.toString()).isEqualTo(Main.EXIT_OK);
        assertThat(results()).hasSize(2).allMatch(l -> l.startsWith("RESULT graph-reach workers="));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--scale 0            | nq bench run: --scale must be between 1 and 30, was 0",
        "--repeat 0           | nq bench run: --repeat must be at least 1, was 0",
        "--duckdb-threads 0   | nq bench run: --duckdb-threads must be at least 1, was 0",
        "--corrupt spark      | nq bench run: --corrupt: no contender 'spark'; choose from [nereid-1, nereid-2, loop, duckdb]",
        "--memory-heap lots   | nq bench run: --memory-heap must be a size like 4g or 512m, was 'lots'",
        "--samples /no/where  | nq bench run: the samples directory '/no/where' does not exist",
        "--workloads sssp     | nq bench run: --workloads: no workload 'sssp'; choose from [pagerank, cc, reach]",
    })
    void badValuesAreUsageErrors(String args, String message) {
        assertThat(run(("run " + args).split(" "))).isEqualTo(Main.EXIT_USAGE);
        assertThat(err.toString()).startsWith(message).contains("Usage: nq bench run");
        assertThat(out.toString()).isEmpty();
    }
}
