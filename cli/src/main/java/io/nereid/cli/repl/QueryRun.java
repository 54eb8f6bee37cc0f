package io.nereid.cli.repl;

import io.nereid.compiler.Frontend;
import io.nereid.compiler.physical.UnsupportedPlanException;
import io.nereid.operators.CompiledProgram;
import io.nereid.operators.CsvResultWriter;
import io.nereid.operators.ResultTable;
import io.nereid.operators.Results;
import io.nereid.operators.RowReader;
import io.nereid.runtime.exec.ComputationException;
import io.nereid.runtime.exec.Cluster;
import io.nereid.runtime.exec.WorkerPool;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one compiled query of a session: plans and compiles it to Java, installs it as a new
 * dataflow into the session's running computation, feeds its inputs from the rows already in
 * memory ({@link RowFeed}; no file is read again), and prints its one output as a table (or writes
 * it to a CSV file) with the row count and the time it took.
 */
final class QueryRun {
    private final Workspace workspace;
    private final WorkerPool pool;
    private final Console console;
    private final SessionOptions options;

    QueryRun(Workspace workspace, WorkerPool pool, Console console, SessionOptions options) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.pool = Objects.requireNonNull(pool, "pool");
        this.console = Objects.requireNonNull(console, "console");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Runs the query of {@code chunk}; its result goes to {@code target} when given, else to the console. */
    Session.Outcome run(Chunk chunk, Frontend.Result front, Optional<String> target) {
        Set<String> used = QueryCompiler.scannedInputs(front.optimized());
        long total = 0;
        for (String input : used) {
            Optional<StoredRelation> rows = workspace.rows(input);
            if (rows.isEmpty()) {
                throw ReplErrors.at(chunk, chunk.start(), "input '" + input + "' has no rows loaded",
                        "load them first: :load " + input + " FILE.csv");
            }
            total += rows.get().rows();
        }
        long start = System.nanoTime();
        CompiledProgram program;
        StoredJoinRewrite.Result indexed;
        try {
            indexed = StoredJoinRewrite.rewrite(QueryCompiler.physical(front), workspace);
            program = QueryCompiler.instantiate(indexed.plan());
        } catch (UnsupportedPlanException e) {
            throw ReplErrors.at(chunk, chunk.start(), e.getMessage(), null);
        }
        long compiled = System.nanoTime();
        AtomicLong fed = new AtomicLong();
        Map<String, RowReader> readers = new LinkedHashMap<>();
        for (String input : used) {
            StoredRelation rows = workspace.rows(input).orElseThrow();
            // an input read only through stored indexes is not fed at all
            readers.put(input, indexed.unfed().contains(input) ? new RowFeed(List.of(), fed) : rows.reader(fed));
        }
        Results results;
        try (Console.Progress bar = console.progress("Running", total, fed::get)) {
            results = console.interruptibly(() -> program.run(readers, Cluster.hosted(pool)));
        } catch (ComputationException e) {
            throw ReplErrors.at(chunk, chunk.start(), "the query failed: " + e.getMessage(), null);
        }
        long ran = System.nanoTime();
        ResultTable table = results.tables().get(0);
        PrintWriter out = console.out();
        if (target.isPresent()) {
            Path file = options.baseDir().resolve(target.get());
            try {
                CsvResultWriter.write(table, file);
            } catch (IOException e) {
                throw ReplErrors.at(chunk, chunk.start(), "cannot write '" + file + "': " + e.getMessage(),
                        "check that the directory exists and is writable");
            }
            out.println("wrote " + ResultDisplay.count(table.rows().size(), "row") + " of "
                    + table.relation().name() + " to " + target.get());
        } else {
            ResultDisplay.print(table, options.maxRows(), out);
        }
        if (options.timing()) {
            out.println("time: " + ResultDisplay.duration(ran - start) + " (compile "
                    + ResultDisplay.duration(compiled - start) + ", run " + ResultDisplay.duration(ran - compiled)
                    + indexNote(indexed.uses()) + ")");
        }
        out.flush();
        return Session.Outcome.OK;
    }

    /** {@code ; index edges(dst) reused} for the timing line. */
    static String indexNote(List<IndexCache.Use> uses) {
        StringBuilder sb = new StringBuilder();
        for (IndexCache.Use u : uses) {
            sb.append("; index ").append(u.description()).append(u.reused() ? " reused" : " built");
        }
        return sb.toString();
    }
}
