package io.nereid.launcher;

import io.nereid.operators.CompiledProgram;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code main} of a program compiled ahead of time by {@code nereid-maven-plugin}: it accepts
 * the flags of {@code nq run} ({@link RunOptions}) and runs the program through the same {@link
 * ProgramRunner}, so {@code java -jar app.jar --input edges=e.csv --workers 4 --param root=7}
 * behaves as {@code nq run app.nq --input edges=e.csv --workers 4 --param root=7}. Default input
 * locations (the program's {@code from "..."}) are resolved against the working directory.
 *
 * <p>Params are read when the program is built, as in {@code nq run}: {@code --param} sets any
 * declared param, the others take the defaults the program was built with, and a bad value is
 * refused with {@code nq run}'s message ({@link ParamValues}).
 */
@Command(usageHelpAutoWidth = true)
public final class ProgramMain implements Callable<Integer> {
    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @Mixin
    private RunOptions options;

    private final String mainClass;
    private final List<DeclaredParam> params;
    private final Function<Map<String, Object>, CompiledProgram> program;

    private ProgramMain(String mainClass, List<DeclaredParam> params, Function<Map<String, Object>, CompiledProgram> program) {
        this.mainClass = Objects.requireNonNull(mainClass, "mainClass");
        this.params = List.copyOf(Objects.requireNonNull(params, "params"));
        this.program = Objects.requireNonNull(program, "program");
    }

    /**
     * The command line of program {@code name} (as usage and messages call it), whose generated
     * main is {@code mainClass}, which declares {@code params} and is built from their values by
     * {@code program}; tests set its writers.
     */
    public static CommandLine commandLine(String name, String mainClass, List<DeclaredParam> params,
            Function<Map<String, Object>, CompiledProgram> program) {
        CommandLine commandLine = new CommandLine(new ProgramMain(mainClass, params, program));
        commandLine.setCommandName(Objects.requireNonNull(name, "name"));
        commandLine.getCommandSpec().usageMessage().description(
                "Run the NQ program '" + name + "' (compiled by nereid-maven-plugin) on CSV inputs.",
                "Params: " + ParamValues.describe(params) + ".");
        commandLine.setParameterExceptionHandler(new UsageErrors());
        return commandLine;
    }

    /** Runs the program with {@code args} and exits the JVM with its exit code. */
    public static void main(String name, String mainClass, List<DeclaredParam> params,
            Function<Map<String, Object>, CompiledProgram> program, String[] args) {
        System.exit(commandLine(name, mainClass, params, program).execute(args));
    }

    @Override
    public Integer call() {
        ProgramRunner runner = new ProgramRunner(spec, options, spec.name());
        return runner.run(given -> ParamValues.create(program, ParamValues.bind(params, given)),
                Path.of("").toAbsolutePath(), mainClass);
    }
}
