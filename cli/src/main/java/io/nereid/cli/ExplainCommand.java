package io.nereid.cli;

import io.nereid.launcher.Bindings;
import io.nereid.cli.run.Params;
import io.nereid.compiler.Frontend;
import io.nereid.compiler.codegen.CodeGenerator;
import io.nereid.compiler.codegen.GeneratedProgram;
import io.nereid.compiler.diag.NqCompileException;
import io.nereid.compiler.diag.SourceFile;
import io.nereid.compiler.explain.Explain;
import io.nereid.compiler.physical.PhysicalPlan;
import io.nereid.compiler.physical.PhysicalPlanner;
import io.nereid.compiler.physical.PhysicalPrinter;
import io.nereid.compiler.physical.UnsupportedPlanException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * optimized plan; {@code --code} adds the physical plan (stages, exchanges, loops) and the Java
 * source generated for it, as {@code nq run} would compile it. A program with errors prints every
 * error (file:line:col, the line, a caret, a hint) and exits with 1.
 */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        description = "Print the logical plan of an NQ program, before and after optimization.",
        footer = {"", "Example: nq explain samples/pagerank/pagerank.nq --dot pagerank.dot",
                "         nq explain samples/reach/reach.nq --code --param root=3"})
final class ExplainCommand implements Callable<Integer> {
    /** Exit code of a program that does not compile. */
    static final int EXIT_COMPILE_ERROR = 1;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.nq", description = "The NQ program.")
    Path file;

    @Option(names = "--dot", paramLabel = "FILE", description = "Also write Graphviz DOT of the optimized plan to FILE.")
    Path dot;

    @Option(names = "--code", description = "Also print the physical plan and the generated Java source.")
    boolean code;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "Set a param for --code (as `nq run --param`); defaults apply otherwise.")
    List<String> params = new ArrayList<>();

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
        if (code) {
            int status = printCode(result);
            if (status != Main.EXIT_OK) {
                return status;
            }
        }
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

    /** Plans and generates the program as {@code nq run} does, and prints both. */
    private int printCode(Frontend.Result result) {
        PhysicalPlan plan;
        GeneratedProgram generated;
        try {
            var values = Bindings.parseText("--param", params, "VALUE", "--param root=7");
            plan = PhysicalPlanner.plan(Params.bind(result.optimized(), values));
            generated = CodeGenerator.generate(plan);
        } catch (Bindings.BindingException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        } catch (UnsupportedPlanException e) {
            spec.commandLine().getErr().println(file + ": error: " + e.getMessage());
            return EXIT_COMPILE_ERROR;
        }
        var out = spec.commandLine().getOut();
        out.println();
        out.println("== physical plan ==");
        out.print(PhysicalPrinter.print(plan));
        out.println();
        out.println("== generated source: " + generated.files().size() + " files, main class "
                + generated.mainClass() + " ==");
        out.print(generated.source());
        return Main.EXIT_OK;
    }
}
