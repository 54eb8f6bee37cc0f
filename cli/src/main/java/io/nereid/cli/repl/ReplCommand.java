package io.nereid.cli.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nq repl}: explore data interactively. On a terminal it is a JLine REPL
 * ({@link InteractiveRepl}); with standard input redirected ({@code nq repl < script.nqs}) or a
 * script named on the command line it runs the script without prompts ({@link ScriptRepl}),
 * printing the same results, and exits with 1 if any statement failed.
 */
@Command(
        name = "repl",
        mixinStandardHelpOptions = true,
        description = "Explore data interactively: declare inputs, load CSV files, run NQ queries.",
        footer = {"", "Example: nq repl",
            "         nq repl < session.nqs",
            "         nq repl session.nqs --no-timing"})
public final class ReplCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "SCRIPT", description = "Run this script instead of reading standard input.")
    private Path script;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "1", description = "Worker threads per query (default: ${DEFAULT-VALUE}).")
    private int workers;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "1000",
            description = "Print at most N rows of a result (default: ${DEFAULT-VALUE}); the row count is always exact.")
    private int maxRows;

    @Option(names = "--timing", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Print how long each load and query took (default: on; --no-timing for output that never changes).")
    private boolean timing;

    @Option(names = "--history", paramLabel = "FILE",
            description = "The history file (default: $NQ_HISTORY, else $XDG_STATE_HOME/nereid/repl_history, else ~/.nereid/repl_history).")
    private Path history;

    @Override
    public Integer call() throws IOException {
        if (workers < 1 || workers > 1024) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--workers': " + workers
                    + " is out of range, expected 1 to 1024");
        }
        if (maxRows < 1) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--max-rows': " + maxRows
                    + " is out of range, expected at least 1");
        }
        SessionOptions options = new SessionOptions(workers, maxRows, timing, Path.of("").toAbsolutePath());
        if (script != null) {
            try (BufferedReader in = Files.newBufferedReader(script, StandardCharsets.UTF_8);
                    Session session = scriptSession(options)) {
                return ScriptRepl.run(in, script.toString(), session);
            } catch (NoSuchFileException e) {
                throw new ParameterException(spec.commandLine(), "Cannot read '" + script + "': no such file");
            }
        }
        if (System.console() == null) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            try (Session session = scriptSession(options)) {
                return ScriptRepl.run(in, "<stdin>", session);
            }
        }
        Path historyFile = HistoryLocation.resolve(Optional.ofNullable(history), System.getenv(),
                Path.of(System.getProperty("user.home")));
        try (Terminal terminal = TerminalBuilder.builder().system(true).name("nq").build()) {
            return InteractiveRepl.run(terminal, historyFile, options);
        }
    }

    private Session scriptSession(SessionOptions options) {
        return new Session(new ScriptConsole(spec.commandLine().getOut(), spec.commandLine().getErr()), options);
    }
}
