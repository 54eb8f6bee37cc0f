package io.nereid.cli;

import io.nereid.compiler.Frontend;
import io.nereid.compiler.diag.NqCompileException;
import io.nereid.compiler.diag.SourceFile;
import io.nereid.compiler.explain.Explain;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nq explain FILE.nq [--dot FILE]}: compiles a program through the front end and prints
 * its logical plan before and after optimization; {@code --dot} also writes Graphviz DOT of the
 * optimized plan. A program with errors prints every error (file:line:col, the line, a caret,
 * a hint) and exits with 1.
 */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        description = "Print the logical plan of an NQ program, before and after optimization.",
        footer = {"", "Example: nq explain samples/pagerank/pagerank.nq --dot pagerank.dot"})
final class ExplainCommand implements Callable<Integer> {
    /** Exit code of a program that does not compile. */
    static final int EXIT_COMPILE_ERROR = 1;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.nq", description = "The NQ program.")
    Path file;

    @Option(names = "--dot", paramLabel = "FILE", description = "Also write Graphviz DOT of the optimized plan to FILE.")
    Path dot;

    @Override
    public Integer call() {
        SourceFile source;
        try {
            source = SourceFile.read(file);
        } catch (IOException e) {
            String reason = e instanceof NoSuchFileException ? "no such file" : String.valueOf(e.getMessage());
            throw new ParameterException(spec.commandLine(), "Cannot read '" + file + "': " + reason);
        }
        Frontend.Result result;
        try {
            result = Frontend.compile(source);
        } catch (NqCompileException e) {
            spec.commandLine().getErr().println(e.getMessage());
            int n = e.diagnostics().size();
            spec.commandLine().getErr().println(n + (n == 1 ? " error" : " errors"));
            return EXIT_COMPILE_ERROR;
        }
        spec.commandLine().getOut().print(Explain.text(result));
        if (dot != null) {
            try {
                Files.writeString(dot, Explain.dot(result.optimized()), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ParameterException(spec.commandLine(), "Cannot write '" + dot + "': " + e.getMessage());
            }
            spec.commandLine().getOut().println("wrote DOT of the optimized plan to " + dot);
        }
        spec.commandLine().getOut().flush();
        return Main.EXIT_OK;
    }
}
