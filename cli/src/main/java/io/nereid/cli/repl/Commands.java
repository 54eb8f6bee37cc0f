package io.nereid.cli.repl;

import io.nereid.compiler.Frontend;
import io.nereid.compiler.diag.EditDistance;
import io.nereid.compiler.explain.Explain;
import io.nereid.compiler.physical.PhysicalPlan;
import io.nereid.compiler.physical.PhysicalPrinter;
import io.nereid.compiler.physical.UnsupportedPlanException;
import io.nereid.operators.BadRowPolicy;
import io.nereid.operators.RelationInfo;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;

/** The REPL's {@code :commands}: {@code :load}, {@code :explain}, {@code :schema}, {@code :help}, {@code :quit}. */
final class Commands {
    /** The command names, for help and completion. */
    static final List<String> NAMES = List.of(":load", ":explain", ":schema", ":help", ":quit");

    static final String HELP = String.join("\n",
            "Statements end with ';' and may span several lines:",
            "  input edges : (src: long, dst: long);      declare an input (add: from \"edges.csv\" to load it)",
            "  let out = from e in edges select e.src;    name a relation (typing a name again replaces it)",
            "  param root : long = 0;                     declare a param (a value is required)",
            "  from e in edges where e.src == 1 select e; run a query and print its rows",
            "  output out to \"out.csv\";                   run a query and write its rows to a CSV file",
            "Commands:",
            "  :load NAME FILE [skip]   read a CSV file into input NAME (skip: skip bad rows instead of failing)",
            "  :explain QUERY;          print the logical plans (before and after optimization) and the physical plan",
            "  :schema [NAME]           print the declared inputs, params and lets (or one of them)",
            "  :help                    print this help",
            "  :quit                    leave (also Ctrl-D)",
            "Tab completes keywords, commands, names and fields; Up and Down walk the history; Ctrl-C stops a query.");

    private final Session session;
    private final Workspace workspace;
    private final Console console;
    private final SessionOptions options;

    Commands(Session session, Workspace workspace, Console console, SessionOptions options) {
        this.session = Objects.requireNonNull(session, "session");
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.console = Objects.requireNonNull(console, "console");
        this.options = Objects.requireNonNull(options, "options");
    }

    Session.Outcome run(Chunk chunk) {
        List<CommandWords.Word> words = CommandWords.split(chunk.text());
        CommandWords.Word command = words.get(0);
        List<CommandWords.Word> args = words.subList(1, words.size());
        switch (command.text()) {
            case ":load" -> {
                if (args.size() < 2 || args.size() > 3 || (args.size() == 3 && !args.get(2).text().equals("skip"))) {
                    throw ReplErrors.at(chunk, command.offset(), ":load takes an input name and a file",
                            "for example :load edges edges.csv (add 'skip' to skip bad rows)");
                }
                return load(chunk, args.get(0).offset(), args.get(0).text(), args.get(1).offset(), args.get(1).text(),
                        args.size() == 3);
            }
            case ":explain" -> {
                if (args.isEmpty()) {
                    throw ReplErrors.at(chunk, command.offset(), ":explain needs a query",
                            "for example :explain from e in edges where e.src == 1 select e;");
                }
                return explain(chunk.from(args.get(0).offset()));
            }
            case ":schema" -> {
                return schema(chunk, args);
            }
            case ":help", ":h", ":?" -> {
                console.out().println(HELP);
                console.out().flush();
                return Session.Outcome.OK;
            }
            case ":quit", ":q", ":exit" -> {
                return Session.Outcome.QUIT;
            }
            default -> {
                String nearest = NAMES.stream().min(Comparator.comparingInt(n -> EditDistance.between(n, command.text())))
                        .orElseThrow();
                throw ReplErrors.at(chunk, command.offset(), "unknown command '" + command.text() + "'",
                        (EditDistance.between(nearest, command.text()) <= 2 ? "did you mean " + nearest + "? " : "")
                                + "the commands are " + String.join(" ", NAMES));
            }
        }
    }

    /**
     * Loads {@code file} into input {@code name}; the offsets are where the name and the file
     * appear in the chunk, for error carets.
     */
    Session.Outcome load(Chunk chunk, int nameOffset, String name, int fileOffset, String file, boolean skip) {
        Optional<RelationInfo> info = workspace.relationInfo(name);
        if (info.isEmpty()) {
            String hint = workspace.declarations().find(name).isPresent()
                    ? "'" + name + "' is not an input; only inputs hold loaded rows"
                    : "declare it first, for example: input " + name + " : (src: long, dst: long);";
            throw ReplErrors.at(chunk, nameOffset, "no input named '" + name + "'", hint);
        }
        Path path;
        try {
            path = options.baseDir().resolve(file);
        } catch (InvalidPathException e) {
            throw ReplErrors.at(chunk, fileOffset, "'" + file + "' is not a file name", null);
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw ReplErrors.at(chunk, fileOffset, "cannot read '" + file + "': "
                    + (Files.exists(path) ? (Files.isDirectory(path) ? "a directory" : "permission denied") : "no such file"),
                    "relative names are resolved against " + options.baseDir());
        }
        AtomicLong progress = new AtomicLong();
        long start = System.nanoTime();
        CsvLoad.Loaded loaded;
        try (Console.Progress bar = console.progress("Loading " + name, CsvLoad.estimateRows(path), progress::get)) {
            loaded = console.interruptibly(() -> CsvLoad.load(path, file, info.get(),
                    skip ? BadRowPolicy.SKIP : BadRowPolicy.FAIL, progress));
        } catch (CsvLoad.BadRowError e) {
            console.error(e.getMessage() + "\nhint: fix the row, or skip bad rows with :load " + name + " " + file
                    + " skip; " + workspace.rows(name).map(r -> "'" + name + "' keeps the rows it had")
                            .orElse("'" + name + "' has no rows loaded"));
            return Session.Outcome.FAILED;
        } catch (ClosedByInterruptException e) {
            throw new CancellationException("interrupted");
        } catch (IOException e) {
            throw ReplErrors.at(chunk, fileOffset, "cannot read '" + file + "': " + reason(e), null);
        }
        long took = System.nanoTime() - start;
        workspace.store(loaded.rows());
        PrintWriter out = console.out();
        out.println("loaded " + ResultDisplay.count(loaded.rows().rows(), "row") + " into " + name + " from " + file
                + (loaded.skipped() > 0 ? " (skipped " + ResultDisplay.count(loaded.skipped(), "bad row") + ")" : "")
                + (options.timing() ? " in " + ResultDisplay.duration(took) : ""));
        out.flush();
        return Session.Outcome.OK;
    }

    private Session.Outcome explain(Chunk query) {
        Frontend.Result front = session.compileQuery(query);
        PrintWriter out = console.out();
        out.print(Explain.text(front));
        out.println();
        out.println("== physical plan ==");
        try {
            PhysicalPlan plan = QueryCompiler.physical(front);
            out.print(PhysicalPrinter.print(plan));
            for (StoredJoinRewrite.Candidate c : StoredJoinRewrite.candidates(plan, workspace)) {
                String index = c.rows().relation().name() + "(" + java.util.Arrays.stream(c.storedKeys())
                        .mapToObj(k -> c.rows().relation().columns().get(k).name())
                        .collect(java.util.stream.Collectors.joining(", ")) + ")";
                out.println("stage " + c.stage() + " probes the session's index " + index + " ("
                        + (workspace.indexes().has(c.rows(), c.storedKeys()) ? "built: reused" : "not built yet: built once, then reused")
                        + ") instead of indexing " + c.rows().relation().name() + " again");
            }
        } catch (UnsupportedPlanException e) {
            out.println("(none: " + e.getMessage() + ")");
        }
        out.flush();
        return Session.Outcome.OK;
    }

    private Session.Outcome schema(Chunk chunk, List<CommandWords.Word> args) {
        PrintWriter out = console.out();
        if (args.isEmpty()) {
            List<String> names = workspace.declarations().names();
            if (names.isEmpty()) {
                out.println("nothing declared yet; start with, for example: input edges : (src: long, dst: long);");
            }
            names.forEach(n -> out.println(workspace.describe(n)));
            out.flush();
            return Session.Outcome.OK;
        }
        for (CommandWords.Word w : args) {
            if (workspace.declarations().find(w.text()).isEmpty()) {
                List<String> names = workspace.declarations().names();
                throw ReplErrors.at(chunk, w.offset(), "nothing is declared as '" + w.text() + "'",
                        names.isEmpty() ? "nothing is declared yet" : "declared: " + String.join(", ", names));
            }
            out.println(workspace.describe(w.text()));
        }
        out.flush();
        return Session.Outcome.OK;
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
}
