package io.nereid.cli;

import io.nereid.launcher.UsageErrors;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;

/**
 * The {@code nq} command: entry point of the launcher script {@code ./nq}.
 *
 * <p>Subcommands are picocli {@code @Command} classes listed in {@link #SUBCOMMANDS}. Errors a user
 * can cause (unknown flag, missing or malformed value, a file that cannot be written) surface as a
 * picocli {@link ParameterException} (throw one from your command with
 * {@code new ParameterException(spec.commandLine(), "message")}): {@code nq} then prints one line
 * naming the command and the problem, then the command's usage, and exits with
 * {@link #EXIT_USAGE}, never with a stack trace.
 */
@Command(
        name = "nq",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Nereid: iterative and incremental relational queries (NQ) on a timely dataflow runtime.",
        footer = {"", "Run 'nq COMMAND --help' for the options of a command."})
public final class Main {

    /** Exit code of a successful run. */
    public static final int EXIT_OK = 0;
    /** Exit code of a usage error: bad flags or values, unreadable or unwritable files. */
    public static final int EXIT_USAGE = UsageErrors.EXIT_USAGE;

    /**
     * The subcommands of {@code nq}, in the order {@code nq --help} lists them. To add a command,
     * add its class here: one line.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            RunCommand.class,
            GenCommand.class,
            ExplainCommand.class,
            io.nereid.cli.repl.ReplCommand.class,
            ExampleCommand.class);

    private Main() {
    }

    /** Runs {@code nq} with {@code args} and exits the JVM with its exit code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The {@code nq} command tree, ready to {@link CommandLine#execute execute}; tests set its
     * output and error writers to capture what it prints.
     */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        for (Class<?> subcommand : SUBCOMMANDS) {
            commandLine.addSubcommand(subcommand);
        }
        commandLine.setParameterExceptionHandler(new UsageErrors());
        return commandLine;
    }
}
