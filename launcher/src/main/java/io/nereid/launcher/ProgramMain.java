package io.nereid.launcher;

import io.nereid.operators.CompiledProgram;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code main} of a program compiled ahead of time by {@code nereid-maven-plugin}: it accepts
 * the flags of {@code nq run} ({@link RunOptions}) and runs the program through the same {@link
 * ProgramRunner}, so {@code java -jar app.jar --input edges=e.csv --workers 4} behaves as
 * {@code nq run app.nq --input edges=e.csv --workers 4}. Default input locations (the program's
 * {@code from "..."}) are resolved against the working directory.
 *
 * <p>The program's params were fixed when its code was generated: {@code --param} may repeat
 * those values, and a different value is a usage error that says how to change it.
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
    private final List<BuiltParam> params;
    private final Supplier<CompiledProgram> program;

    private ProgramMain(String mainClass, List<BuiltParam> params, Supplier<CompiledProgram> program) {
        this.mainClass = Objects.requireNonNull(mainClass, "mainClass");
        this.params = List.copyOf(Objects.requireNonNull(params, "params"));
        this.program = Objects.requireNonNull(program, "program");
    }

    /**
     * The command line of program {@code name} (as usage and messages call it), whose generated
     * main is {@code mainClass}, with the params its code was built with; tests set its writers.
     */
    public static CommandLine commandLine(String name, String mainClass, List<BuiltParam> params,
            Supplier<CompiledProgram> program) {
        CommandLine commandLine = new CommandLine(new ProgramMain(mainClass, params, program));
        commandLine.setCommandName(Objects.requireNonNull(name, "name"));
        commandLine.getCommandSpec().usageMessage().description(
                "Run the NQ program '" + name + "' (compiled by nereid-maven-plugin) on CSV inputs.");
        commandLine.setParameterExceptionHandler(new UsageErrors());
        return commandLine;
    }

    /** Runs the program with {@code args} and exits the JVM with its exit code. */
    public static void main(String name, String mainClass, List<BuiltParam> params, Supplier<CompiledProgram> program,
            String[] args) {
        System.exit(commandLine(name, mainClass, params, program).execute(args));
    }

    @Override
    public Integer call() {
        ProgramRunner runner = new ProgramRunner(spec, options, spec.name());
        return runner.run(this::check, Path.of("").toAbsolutePath(), mainClass);
    }

    /** The program, once every {@code --param} is known and repeats the value it was built with. */
    private CompiledProgram check(Map<String, String> given) {
        for (Map.Entry<String, String> e : given.entrySet()) {
            BuiltParam p = params.stream().filter(b -> b.name().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> new Bindings.BindingException("Option '--param' names '" + e.getKey()
                            + "', but the program has no param of that name; it declares " + describe()));
            Object value = ParamValues.parse(p.name(), p.kind(), e.getValue());
            if (!value.equals(ParamValues.parse(p.name(), p.kind(), p.value()))) {
                throw new Bindings.BindingException("Param '" + p.name() + "' was fixed to " + p.value()
                        + " when this program was compiled, so it cannot be " + e.getValue().trim()
                        + " here; set it in nereid-maven-plugin's <params> (or change its default) and rebuild,"
                        + " or run the .nq file with nq run --param " + p.name() + "=" + e.getValue().trim());
            }
        }
        return program.get();
    }

    private String describe() {
        return params.isEmpty() ? "none" : params.stream().map(BuiltParam::describe).collect(Collectors.joining(", "));
    }
}
