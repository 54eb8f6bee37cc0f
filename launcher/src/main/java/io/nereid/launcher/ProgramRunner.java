package io.nereid.launcher;

import io.nereid.launcher.cluster.ClusterRun;
import io.nereid.operators.BadRowPolicy;
import io.nereid.operators.CompiledProgram;
import io.nereid.operators.CsvResultWriter;
import io.nereid.operators.CsvRowException;
import io.nereid.operators.InputSource;
import io.nereid.operators.RelationInfo;
import io.nereid.operators.ResultTable;
import io.nereid.operators.Results;
import io.nereid.operators.RowReader;
import io.nereid.operators.TablePrinter;
import io.nereid.runtime.exec.Cluster;
import io.nereid.runtime.exec.ComputationException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Runs a program with the flags of {@link RunOptions}: gets the program for the given params,
 * binds its inputs to CSV files and its outputs to files or the terminal, runs it on the cluster
 * the flags describe and prints each output as a table (or writes CSV). Shared by {@code nq run}
 * (which compiles the program first) and the mains that {@code nereid-maven-plugin} generates
 * (whose program is compiled already).
 *
 * <p>Bad flags and unreadable files are usage errors (a picocli {@link ParameterException}: exit
 * 2 with the usage); a program that does not compile or fails while running prints its message
 * and exits {@link #EXIT_FAILED}; a malformed CSV row stops the run with its location.
 */
public final class ProgramRunner {
    /** Exit code of a successful run. */
    public static final int EXIT_OK = 0;
    /** Exit code of a program that does not compile or fails while running. */
    public static final int EXIT_FAILED = 1;

    /** The program to run, given the {@code --param} values (NAME to text). */
    @FunctionalInterface
    public interface ProgramFactory {
        /**
         * The program with these params; throws {@link Bindings.BindingException} for a bad value
         * (a usage error) and {@link ProgramFailure} when there is no program to run.
         */
        CompiledProgram create(Map<String, String> params);
    }

    private final CommandSpec spec;
    private final RunOptions options;
    private final String name;

    /**
     * A runner for the command {@code spec} with its parsed {@code options}; {@code name} prefixes
     * run-time messages ({@code nq run}, or the generated program's name).
     */
    public ProgramRunner(CommandSpec spec, RunOptions options, String name) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.options = Objects.requireNonNull(options, "options");
        this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * Runs the program {@code factory} gives; default input locations are resolved against
     * {@code programDir}; with {@code --local} the processes run {@code mainClass}. Returns the
     * exit code.
     */
    public int run(ProgramFactory factory, Path programDir, String mainClass) {
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(programDir, "programDir");
        Objects.requireNonNull(mainClass, "mainClass");
        int workers = options.workers();
        if (workers < 1 || workers > 1024) {
            throw usage("Invalid value for option '--workers': " + workers + " is out of range, expected 1 to 1024");
        }
        BadRowPolicy policy;
        CompiledProgram program;
        Map<String, Path> inputFiles;
        Map<String, Optional<Path>> outputFiles;
        try {
            policy = options.badRowPolicy();
            Map<String, String> params = Bindings.parseText("--param", options.params(), "VALUE", "--param root=7");
            try {
                program = factory.create(params);
            } catch (ProgramFailure e) {
                return failed(e.getMessage());
            }
            inputFiles = Bindings.inputs(program.inputs(), Bindings.parse("--input", options.inputs()), programDir);
            outputFiles = Bindings.outputs(program.outputs(), Bindings.parse("--output", options.outputs()));
        } catch (Bindings.BindingException e) {
            throw usage(e.getMessage());
        }
        Map<String, InputSource> sources = open(program.inputs(), inputFiles, policy);
        return ClusterRun.run(spec, options.cluster(), workers,
                c -> runOn(c, program, sources, inputFiles, outputFiles, policy), mainClass);
    }

    /** Runs on this process's part of the cluster; the leader (process 0) reports. */
    private int runOn(Cluster c, CompiledProgram program, Map<String, InputSource> sources, Map<String, Path> inputFiles,
            Map<String, Optional<Path>> outputFiles, BadRowPolicy policy) {
        Results results;
        try {
            results = program.run(new LinkedHashMap<String, RowReader>(sources), c);
        } catch (CsvRowException e) {
            return failed(name + ": " + e.getMessage()
                    + (policy == BadRowPolicy.FAIL ? "\nhint: fix the row, or run with --on-bad-row=skip to skip such rows" : ""));
        } catch (ComputationException e) {
            return failed(name + ": " + e.getMessage());
        }
        sources.forEach((input, s) -> {
            if (s.skippedRows() > 0) {
                err().println(name + ": skipped " + s.skippedRows() + " bad row" + (s.skippedRows() == 1 ? "" : "s")
                        + " of input '" + input + "' (" + inputFiles.get(input) + ")");
            }
        });
        err().flush();
        return c.isLeader() ? print(results, outputFiles) : EXIT_OK;
    }

    private Map<String, InputSource> open(List<RelationInfo> declared, Map<String, Path> files, BadRowPolicy policy) {
        Map<String, InputSource> sources = new LinkedHashMap<>();
        for (RelationInfo in : declared) {
            Path p = files.get(in.name());
            try {
                sources.put(in.name(), InputSource.open(p, in, policy));
            } catch (IOException e) {
                sources.values().forEach(InputSource::close);
                throw usage("Cannot read input '" + in.name() + "' from '" + p + "': " + reason(e));
            }
        }
        return sources;
    }

    private int print(Results results, Map<String, Optional<Path>> outputFiles) {
        PrintWriter out = spec.commandLine().getOut();
        boolean first = true;
        for (ResultTable t : results.tables()) {
            Optional<Path> target = outputFiles.get(t.relation().name());
            if (target.isPresent()) {
                try {
                    CsvResultWriter.write(t, target.get());
                } catch (IOException e) {
                    throw usage("Cannot write output '" + t.relation().name() + "' to '" + target.get() + "': "
                            + reason(e));
                }
                out.println("wrote " + t.rows().size() + " row" + (t.rows().size() == 1 ? "" : "s") + " of "
                        + t.relation().name() + " to " + target.get());
                continue;
            }
            if (!first) {
                out.println();
            }
            first = false;
            out.println(t.relation().name() + ":");
            TablePrinter.print(t, out);
        }
        out.flush();
        return EXIT_OK;
    }

    private int failed(String message) {
        err().println(message);
        err().flush();
        return EXIT_FAILED;
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Why a file cannot be read or written, in a few words. */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
