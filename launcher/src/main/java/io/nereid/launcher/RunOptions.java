package io.nereid.launcher;

import io.nereid.launcher.cluster.ClusterOptions;
import io.nereid.operators.BadRowPolicy;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The flags of a program run, as a picocli mixin: {@code nq run FILE.nq} and every main that
 * {@code nereid-maven-plugin} generates accept exactly these ({@code --input}, {@code --output},
 * {@code --param}, {@code --workers}, {@code --on-bad-row} and the cluster flags of
 * {@link ClusterOptions}). {@link ProgramRunner} checks and applies them.
 */
public final class RunOptions {
    @Option(names = "--input", paramLabel = "NAME=FILE",
            description = "Read input NAME from a CSV file (default: the program's 'from' file).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--output", paramLabel = "NAME=FILE",
            description = "Write output NAME to a CSV file with a header (default: print a table).")
    List<String> outputs = new ArrayList<>();

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "Set a program param (default: the value the program gives).")
    List<String> params = new ArrayList<>();

    @Option(names = "--workers", paramLabel = "N", defaultValue = "1",
            description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int workers;

    @Mixin
    ClusterOptions cluster;

    @Option(names = "--on-bad-row", paramLabel = "fail|skip", defaultValue = "fail",
            description = "A CSV row that does not fit its input's types stops the run (fail, the default)"
                    + " or is skipped and counted (skip).")
    String onBadRow;

    /** The {@code --input} flags as given ({@code NAME=FILE}). */
    public List<String> inputs() {
        return List.copyOf(inputs);
    }

    /** The {@code --output} flags as given. */
    public List<String> outputs() {
        return List.copyOf(outputs);
    }

    /** The {@code --param} flags as given. */
    public List<String> params() {
        return List.copyOf(params);
    }

    public int workers() {
        return workers;
    }

    public ClusterOptions cluster() {
        return cluster;
    }

    /** The policy {@code --on-bad-row} names; a {@link Bindings.BindingException} for another word. */
    public BadRowPolicy badRowPolicy() {
        return switch (onBadRow) {
            case "fail" -> BadRowPolicy.FAIL;
            case "skip" -> BadRowPolicy.SKIP;
            default -> throw new Bindings.BindingException(
                    "Invalid value for option '--on-bad-row': '" + onBadRow + "', expected fail or skip");
        };
    }
}
