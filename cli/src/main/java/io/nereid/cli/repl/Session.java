package io.nereid.cli.repl;

import io.nereid.compiler.Frontend;
import io.nereid.compiler.analyze.Analyzer;
import io.nereid.compiler.ast.InputDecl;
import io.nereid.compiler.ast.OutputDecl;
import io.nereid.compiler.ast.ParamDecl;
import io.nereid.compiler.ast.Program;
import io.nereid.compiler.ast.Statement;
import io.nereid.compiler.diag.NqCompileException;
import io.nereid.compiler.diag.SourceFile;
import io.nereid.compiler.diag.SourceLocation;
import io.nereid.compiler.parse.NqParser;
import io.nereid.grammar.NqLexer;
import io.nereid.runtime.exec.Config;
import io.nereid.runtime.exec.WorkerPool;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * One REPL session: evaluates chunks of input (declarations, queries, {@code :commands}) against
 * what was declared and loaded before, and prints what they produce on its {@link Console}.
 * Every error is printed and the session goes on: {@link #evaluate} never throws.
 *
 * <p>Declarations are kept as parsed statements; a query is compiled as a small program made of
 * them plus {@code let result = <query>; output result;}, installed as one more dataflow into the
 * session's running computation (one {@link WorkerPool}, started with the first query), and fed
 * from the rows loaded into {@link Workspace} (see {@code docs/REPL.md}).
 */
final class Session implements AutoCloseable {
    /** What evaluating a chunk came to. */
    enum Outcome { OK, FAILED, QUIT }

    private final Console console;
    private final SessionOptions options;
    private final Workspace workspace;
    private final Commands commands;
    private WorkerPool pool;

    Session(Console console, SessionOptions options) {
        this.console = Objects.requireNonNull(console, "console");
        this.options = Objects.requireNonNull(options, "options");
        this.workspace = new Workspace();
        this.commands = new Commands(this, workspace, console, options);
    }

    /**
     * The session's running computation: its worker threads start with the first query and stay
     * up; every query is installed into it as one more dataflow.
     */
    WorkerPool pool() {
        if (pool == null || pool.isClosed()) {
            pool = WorkerPool.start(Config.workers(options.workers()));
        }
        return pool;
    }

    /** Stops the session's workers. */
    @Override
    public void close() {
        workspace.indexes().clear();
        if (pool != null) {
            pool.close();
        }
    }

    /** What is declared and loaded, for completion. */
    Workspace workspace() {
        return workspace;
    }

    /** Evaluates one chunk; prints its result or its error. */
    Outcome evaluate(Chunk chunk) {
        Objects.requireNonNull(chunk, "chunk");
        try {
            return chunk.isCommand() ? commands.run(chunk) : statement(chunk);
        } catch (NqCompileException e) {
            console.error(e.getMessage());
        } catch (CancellationException e) {
            console.error("interrupted");
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            console.error("internal error: " + e + "\nhint: the session goes on; please report this with the statement");
        }
        Thread.interrupted(); // a Ctrl-C that came too late to stop anything must not stop the next statement
        return Outcome.FAILED;
    }

    private Outcome statement(Chunk chunk) {
        StatementScanner scan = StatementScanner.scan(chunk.text());
        if (scan.isBlank()) {
            return Outcome.OK;
        }
        if (!scan.endsStatement()) {
            throw ReplErrors.at(chunk, chunk.text().stripTrailing().length(), "the statement does not end with ';'",
                    "end every statement with ';' (a statement may span several lines)");
        }
        return switch (scan.firstToken()) {
            case NqLexer.IMPORT, NqLexer.INPUT, NqLexer.PARAM, NqLexer.LET -> declare(chunk);
            case NqLexer.OUTPUT -> output(chunk);
            default -> query(chunk);
        };
    }

    private Outcome declare(Chunk chunk) {
        Statement s = NqParser.parse(chunk.source()).statements().get(0);
        if (s instanceof ParamDecl p && p.defaultValue().isEmpty()) {
            throw ReplErrors.at(chunk, chunk.text().stripTrailing().length() - 1, "a param in the REPL needs a value",
                    "give it one, as in: param " + p.name().name() + " : long = 0;");
        }
        Declarations next = workspace.declarations().with(s);
        Analyzer.analyze(new Program(s.location(), next.statements()));
        workspace.declare(next).ifPresent(dropped -> console.out().println(dropped));
        console.out().println(workspace.describe(Declarations.nameOf(s)).replaceFirst(" -- no rows loaded$", ""));
        console.out().flush();
        if (s instanceof InputDecl in && in.defaultSource().isPresent()) {
            String file = in.defaultSource().get();
            int fileOffset = Math.max(0, chunk.text().lastIndexOf('"' + file));
            return commands.load(chunk, chunk.start(), in.name().name(), fileOffset, file, false);
        }
        return Outcome.OK;
    }

    private Outcome output(Chunk chunk) {
        Program parsed = NqParser.parse(chunk.source());
        OutputDecl out = (OutputDecl) parsed.statements().get(0);
        Program all = program(parsed.location(), List.of(out));
        Frontend.Result front = QueryCompiler.front(chunk.source(), all);
        return new QueryRun(workspace, pool(), console, options).run(chunk, front, out.target());
    }

    private Outcome query(Chunk chunk) {
        Frontend.Result front = compileQuery(chunk);
        return new QueryRun(workspace, pool(), console, options).run(chunk, front, Optional.empty());
    }

    /**
     * The front end's result for a query typed as {@code chunk} (its final {@code ;} optional),
     * with errors located in the text as typed.
     */
    Frontend.Result compileQuery(Chunk chunk) {
        String text = chunk.text().stripTrailing();
        Chunk query = text.endsWith(";") ? new Chunk(text.substring(0, text.length() - 1), chunk.sourceName(),
                chunk.line(), chunk.column()) : new Chunk(text, chunk.sourceName(), chunk.line(), chunk.column());
        String name = workspace.freshName("result");
        String wrapper = "let " + name + " = ";
        SourceFile wrapped = query.wrapped(wrapper, ";\noutput " + name + ";");
        try {
            Program parsed = NqParser.parse(wrapped);
            return QueryCompiler.front(wrapped, program(parsed.location(), parsed.statements()));
        } catch (NqCompileException e) {
            String scalar = "`" + name + "` is a single value, not a relation";
            if (e.diagnostics().stream().anyMatch(d -> d.message().equals(scalar))) {
                throw ReplErrors.at(chunk, chunk.start(), "a query must be a relation, but this is a single value",
                        "query a relation, as in: from e in edges select (x: e.src + 1)");
            }
            throw ReplErrors.unwrap(e, wrapped, chunk, wrapper.length());
        }
    }

    private Program program(SourceLocation at, List<Statement> tail) {
        List<Statement> all = new ArrayList<>(workspace.declarations().statements());
        all.addAll(tail);
        return new Program(at, all);
    }
}
