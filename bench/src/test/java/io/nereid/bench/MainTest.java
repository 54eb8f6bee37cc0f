package io.nereid.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class MainTest extends NqBenchRun {
    @Test
    void runtimeBenchmarksEndEachResultWithAResultLine() {
        // 5000 records per worker round up to 2 batches of 4096
        int code = run("runtime", "--iterations", "50", "--records", "5000", "--scale", "8", "--edge-factor", "4",
                "--repeat", "1", "--warmup", "0");
        assertThat(code).as(err.toString()).isEqualTo(Main.EXIT_OK);
        List<String> results = Arrays.stream(out.toString().split("\n")).filter(l -> l.startsWith("RESULT ")).toList();
        assertThat(results).hasSize(8);
        assertThat(results.get(0)).startsWith("RESULT progress-roundtrip workers=1 iterations=50 us_per_iter=");
        assertThat(results.get(1)).startsWith("RESULT progress-roundtrip workers=2 ").contains(" goal_met=");
        assertThat(results.get(2)).startsWith("RESULT exchange workers=2 records=16384 mrecords_per_s=");
        assertThat(results.get(3)).startsWith("RESULT exchange-partition workers=2 ns_per_record=");
        assertThat(results.get(4)).startsWith("RESULT cc-label-propagation workers=1 scale=8 edge_factor=4 seconds=");
        assertThat(results.get(5)).startsWith("RESULT cc-label-propagation workers=2 ");
        assertThat(results.get(6)).startsWith("RESULT progress-roundtrip-processes processes=2 workers=1 iterations=50 ")
                .contains(" goal_met=");
        assertThat(results.get(7)).startsWith("RESULT exchange-processes processes=2 workers=1 records=16384 ")
                .contains(" goal_met=");
    }

    @Test
    void onlyRunsTheNamedBenchmarks() {
        assertThat(run("runtime", "--only", "progress", "--iterations", "20", "--repeat", "1", "--warmup", "0"))
                .isEqualTo(Main.EXIT_OK);
        assertThat(out.toString()).contains("RESULT progress-roundtrip").doesNotContain("RESULT exchange")
                .doesNotContain("RESULT cc-");
    }

    @Test
    void badValuesAreUsageErrors() {
        assertThat(run("runtime", "--repeat", "0")).isEqualTo(Main.EXIT_USAGE);
        assertThat(err.toString()).contains("nq bench runtime: --repeat must be at least 1, was 0")
                .contains("Usage: nq bench runtime");
    }

    @Test
    void anUnknownBenchmarkIsAUsageError() {
        assertThat(run("runtime", "--only", "disk")).isEqualTo(Main.EXIT_USAGE);
        assertThat(err.toString()).contains("--only").contains("disk");
    }

    @Test
    void withoutACommandItSaysWhichOnesThereAre() {
        assertThat(run()).isEqualTo(Main.EXIT_USAGE);
        assertThat(err.toString()).contains("missing the benchmark to run").contains("runtime");
    }
}
