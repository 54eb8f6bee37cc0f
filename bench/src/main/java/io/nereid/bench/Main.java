package io.nereid.bench;

import io.nereid.bench.profile.ProfileBenchCommand;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code nq bench}: the benchmarks' own entry point. The launcher {@code ./nq} hands it every
 * argument after {@code bench}, so the rest of the CLI does not depend on this module.
 *
 * <p>Exit codes: {@link #EXIT_OK}; {@link #EXIT_WRONG_ANSWER} when a benchmark's answer failed its
 * check (then no result is printed for it); {@link #EXIT_USAGE} for bad flags or values.
 */
@Command(
        name = "nq bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks of Nereid against hand-written references and peers, run in the same process.",
        subcommands = {RunBenchCommand.class, PeersBenchCommand.class, RuntimeBenchCommand.class, FrontendBenchCommand.class,
            DuckDbTpchCommand.class, ProfileBenchCommand.class},
        footer = {"", "Run 'nq bench COMMAND --help' for the options of a command."})
public final class Main implements Runnable {
    /** A successful run. */
    public static final int EXIT_OK = 0;
    /** A benchmark computed a wrong answer. */
    public static final int EXIT_WRONG_ANSWER = 1;
    /** Bad flags or values. */
    public static final int EXIT_USAGE = 2;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    private Main() {}

    /** Runs {@code nq bench} with {@code args} and exits the JVM with its exit code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command tree, ready to execute; tests set its writers to capture what it prints. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        commandLine.setExecutionExceptionHandler((e, command, parseResult) -> {
            if (e instanceof BenchmarkCheckException) {
                command.getErr().println(command.getCommandSpec().qualifiedName() + ": wrong answer: " + e.getMessage());
                command.getErr().flush();
                return EXIT_WRONG_ANSWER;
            }
            throw e;
        });
        return commandLine;
    }

    /** Without a subcommand: says which ones there are. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing the benchmark to run (e.g. 'runtime')");
    }

    /** Prints {@code <command>: <problem>}, suggestions for a mistyped word, then the usage. */
    private static final class UsageErrorHandler implements IParameterExceptionHandler {
        @Override
        public int handleParseException(ParameterException ex, String[] args) {
            CommandLine command = ex.getCommandLine();
            PrintWriter err = command.getErr();
            String message = ex.getMessage() == null ? ex.toString() : ex.getMessage();
            err.println(command.getCommandSpec().qualifiedName() + ": " + message);
            UnmatchedArgumentException.printSuggestions(ex, err);
            err.println();
            command.usage(err);
            err.flush();
            return EXIT_USAGE;
        }
    }
}
