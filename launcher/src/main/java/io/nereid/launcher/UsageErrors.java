package io.nereid.launcher;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How a command reports a usage error (unknown flag, malformed value, unreadable file): one line
 * {@code <command>: <problem>}, suggestions for a mistyped word, then the usage; exit code
 * {@link #EXIT_USAGE}, never a stack trace. Used by {@code nq} and by generated mains.
 */
public final class UsageErrors implements IParameterExceptionHandler {
    /** Exit code of a usage error: bad flags or values, unreadable or unwritable files. */
    public static final int EXIT_USAGE = 2;

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        PrintWriter err = command.getErr();
        String message = ex.getMessage() == null ? ex.toString() : ex.getMessage();
        err.println(command.getColorScheme().errorText(command.getCommandSpec().qualifiedName() + ": " + message));
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.println();
        command.usage(err, command.getColorScheme());
        err.flush();
        return EXIT_USAGE;
    }
}
