package io.nereid.cli;

import picocli.CommandLine.Command;

/** {@code nq gen}: the group of data generators; each generator is a subcommand. */
@Command(
        name = "gen",
        mixinStandardHelpOptions = true,
        description = "Generate seeded test data (the same seed always gives the same data).",
        subcommands = {GenRmatCommand.class, GenTpchCommand.class})
final class GenCommand {
}
