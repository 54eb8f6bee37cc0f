package io.nereid.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontendBenchCommandTest extends NqBenchRun {
    @Test
    void compilesTheSketchAndPrintsOneResultLine() {
        assertThat(run("frontend", "--warmup", "2", "--repeat", "3")).as(err.toString()).isEqualTo(Main.EXIT_OK);
        List<String> results = Arrays.stream(out.toString().split("\n")).filter(l -> l.startsWith("RESULT ")).toList();
        assertThat(results).hasSize(1);
        assertThat(results.get(0)).matches("RESULT frontend lines=54 ms=[0-9.]+ parse_ms=[0-9.]+ parse_share=[0-9.]+ "
                + "goal_ms=50 goal_met=(true|false)");
    }

    @Test
    void aNonPositiveRepeatIsAUsageError() {
        assertThat(run("frontend", "--repeat", "0")).isEqualTo(Main.EXIT_USAGE);
        assertThat(err.toString()).contains("--repeat >= 1");
    }
}
