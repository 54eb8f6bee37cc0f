package io.nereid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void helpListsEveryRegisteredSubcommand() {
        NqRun run = NqRun.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: nq [-hV] [COMMAND]").contains("gen");
        for (Class<?> subcommand : Main.SUBCOMMANDS) {
            String name = subcommand.getAnnotation(picocli.CommandLine.Command.class).name();
            assertThat(run.out()).as("help mentions %s", name).containsPattern("(?m)^\\s+" + name + "\\s");
        }
        assertThat(run.err()).isEmpty();
    }

    @Test
    void versionNamesNereidAndItsVersion() {
        NqRun run = NqRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("nq (Nereid) 0.").doesNotContain("unknown").contains("Java 17");
    }

    @Test
    void noCommandIsAUsageError() {
        NqRun run = NqRun.of();
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.firstErrorLine()).isEqualTo("nq: Missing required subcommand");
        assertThat(run.err()).contains("Usage: nq [-hV] [COMMAND]").doesNotContain("Exception");
    }

    @Test
    void unknownCommandSuggestsTheNearestOne() {
        NqRun run = NqRun.of("genn");
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.firstErrorLine()).isEqualTo("nq: Unmatched argument at index 0: 'genn'");
        assertThat(run.err()).contains("Did you mean: nq gen?").doesNotContain("\tat ");
    }

    @Test
    void unknownTopLevelFlagIsAUsageError() {
        NqRun run = NqRun.of("--frobnicate");
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.firstErrorLine()).isEqualTo("nq: Unknown option: '--frobnicate'");
        assertThat(run.err()).contains("Usage: nq");
    }
}
