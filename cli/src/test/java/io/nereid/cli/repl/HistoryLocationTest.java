package io.nereid.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HistoryLocationTest {
    private static final Path HOME = Path.of("/home/ann");

    @Test
    void theFlagWinsThenNqHistoryThenXdgStateThenTheHomeDirectory() {
        Map<String, String> both = Map.of("NQ_HISTORY", "/tmp/h", "XDG_STATE_HOME", "/state");
        assertThat(HistoryLocation.resolve(Optional.of(Path.of("f")), both, HOME)).isEqualTo(Path.of("f"));
        assertThat(HistoryLocation.resolve(Optional.empty(), both, HOME)).isEqualTo(Path.of("/tmp/h"));
        assertThat(HistoryLocation.resolve(Optional.empty(), Map.of("XDG_STATE_HOME", "/state"), HOME))
                .isEqualTo(Path.of("/state/nereid/repl_history"));
        assertThat(HistoryLocation.resolve(Optional.empty(), Map.of("XDG_STATE_HOME", " "), HOME))
                .isEqualTo(Path.of("/home/ann/.nereid/repl_history"));
    }
}
