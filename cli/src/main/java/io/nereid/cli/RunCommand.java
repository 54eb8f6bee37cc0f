package io.nereid.cli;

import io.nereid.cli.run.Bindings;
import io.nereid.cli.run.ProgramCompiler;
import io.nereid.compiler.diag.NqCompileException;
import io.nereid.compiler.diag.SourceFile;
import io.nereid.compiler.physical.UnsupportedPlanException;
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
import io.nereid.runtime.exec.ComputationException;
import io.nereid.cli.cluster.ClusterOptions;
import io.nereid.cli.cluster.ClusterRun;
import io.nereid.runtime.exec.Cluster;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nq run FILE.nq}: compiles the program to specialized Java (in memory), binds its inputs
 * to CSV files, runs it on the timely runtime and prints each output as a table (or writes CSV).
 * Errors in the program print the front end's located diagnostics and exit 1; bad flags and
 * missing files are usage errors (exit 2); a malformed CSV row stops the run with its location.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Compile an NQ program and run it on CSV inputs.",
        footer = {"", "Example: nq run samples/wordcount/wordcount.nq --workers 2",
            "         nq run job.nq --input edges=edges.csv --output ranks=ranks.csv",
            "         nq run samples/pagerank/pagerank.nq --processes 2 --local --workers 2"})
final class RunCommand implements Callable<Integer> {
    /** Exit code of a program that does not compile or fails while running. */
    static final int EXIT_FAILED = 1;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE.nq", description = "The NQ program.")
    private Path file;

    @Option(names = "--input", paramLabel = "NAME=FILE",
            description = "Read input NAME from a CSV file (default: the program's 'from' file, relative to it).")
    private List<String> inputs = new ArrayList<>();

    @Option(names = "--output", paramLabel = "NAME=FILE",
            description = "Write output NAME to a CSV file with a header (default: print a table).")
    private List<String> outputs = new ArrayList<>();

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "Set a program param (default: the value the program gives).")
    private List<String> params = new ArrayList<>();

    @Option(names = "--workers", paramLabel = "N", defaultValue = "1",
            description = "Worker threads (default: ${DEFAULT-VALUE}).")
    private int workers;

    @Mixin
    private ClusterOptions cluster;

    @Option(names = "--on-bad-row", paramLabel = "fail|skip", defaultValue = "fail",
            description = "A CSV row that does not fit its input's types stops the run (fail, the default)"
                    + " or is skipped and counted (skip).")
    private String onBadRow;

    @Override
    public Integer call() {
        if (workers < 1 || workers > 1024) {
            throw usage("Invalid value for option '--workers': " + workers + " is out of range, expected 1 to 1024");
        }
        BadRowPolicy policy = switch (onBadRow) {
            case "fail" -> BadRowPolicy.FAIL;
            case "skip" -> BadRowPolicy.SKIP;
            default -> throw usage("Invalid value for option '--on-bad-row': '" + onBadRow + "', expected fail or skip");
        };
        SourceFile source;
        try {
            source = SourceFile.read(file);
        } catch (IOException e) {
            throw usage("Cannot read '" + file + "': " + reason(e));
        }
        Map<String, String> paramValues = new LinkedHashMap<>();
        try {
            paramValues.putAll(Bindings.parseText("--param", params, "VALUE", "--param root=7"));
        } catch (Bindings.BindingException e) {
            throw usage(e.getMessage());
        }
        CompiledProgram program;
        try {
            program = ProgramCompiler.compile(source, paramValues).program();
        } catch (Bindings.BindingException e) {
            throw usage(e.getMessage());
        } catch (NqCompileException e) {
            return failed(e.getMessage());
        } catch (UnsupportedPlanException e) {
            return failed(file + ": error: " + e.getMessage());
        }
        Map<String, Path> inputFiles;
        Map<String, Optional<Path>> outputFiles;
        try {
            Path dir = file.toAbsolutePath().getParent();
            inputFiles = Bindings.inputs(program.inputs(), Bindings.parse("--input", inputs), dir);
            outputFiles = Bindings.outputs(program.outputs(), Bindings.parse("--output", outputs));
        } catch (Bindings.BindingException e) {
            throw usage(e.getMessage());
        }
        Map<String, InputSource> sources = open(program.inputs(), inputFiles, policy);
        return ClusterRun.run(spec, cluster, workers, c -> runOn(c, program, sources, inputFiles, outputFiles, policy));
    }

    /** Runs on this process's part of the cluster; the leader (process 0) reports. */
    private int runOn(Cluster c, CompiledProgram program, Map<String, InputSource> sources, Map<String, Path> inputFiles,
            Map<String, Optional<Path>> outputFiles, BadRowPolicy policy) {
        Results results;
        try {
            results = program.run(new LinkedHashMap<String, RowReader>(sources), c);
        } catch (CsvRowException e) {
            return failed("nq run: " + e.getMessage()
                    + (policy == BadRowPolicy.FAIL ? "\nhint: fix the row, or run with --on-bad-row=skip to skip such rows" : ""));
        } catch (ComputationException e) {
            return failed("nq run: " + e.getMessage());
        }
        sources.forEach((name, s) -> {
            if (s.skippedRows() > 0) {
                err().println("nq run: skipped " + s.skippedRows() + " bad row" + (s.skippedRows() == 1 ? "" : "s")
                        + " of input '" + name + "' (" + inputFiles.get(name) + ")");
            }
        });
        err().flush();
        return c.isLeader() ? print(results, outputFiles) : Main.EXIT_OK;
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
        return Main.EXIT_OK;
    }

    private int failed(String message) {
        err().println(message);
        err().flush();
        return EXIT_FAILED;
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }

    private static String reason(IOException e) {
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
