package io.nereid.cli.repl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * The REPL on a terminal (JLine): a prompt, a continuation prompt until the statement's
 * {@code ;}, history kept in a file across sessions, tab completion, colored errors, progress
 * bars; Ctrl-C clears the line or stops a running query, Ctrl-D or {@code :quit} leaves.
 */
final class InteractiveRepl {
    /** The prompt before a new statement. */
    static final String PROMPT = "nq> ";
    /** The prompt of a statement's further lines. */
    static final String CONTINUATION = "..> ";

    private InteractiveRepl() {
    }

    /** Runs the REPL on {@code terminal} until the user leaves; returns the exit code. */
    static int run(Terminal terminal, Path history, SessionOptions options) {
        Objects.requireNonNull(terminal, "terminal");
        TerminalConsole console = new TerminalConsole(terminal);
        Session session = new Session(console, options);
        LineReader reader = reader(terminal, history, session, options.baseDir());
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, s -> console.interrupt());
        terminal.writer().println("Nereid REPL: statements end with ';'. Type :help for help, :quit to leave.");
        String prompt = new AttributedString(PROMPT, AttributedStyle.BOLD.foreground(AttributedStyle.CYAN))
                .toAnsi(terminal);
        try {
            while (true) {
                String text;
                try {
                    text = reader.readLine(prompt);
                } catch (UserInterruptException e) {
                    continue; // Ctrl-C at the prompt drops what was typed
                } catch (EndOfFileException e) {
                    return ScriptRepl.EXIT_OK;
                }
                for (Chunk chunk : chunks(text)) {
                    if (session.evaluate(chunk) == Session.Outcome.QUIT) {
                        return ScriptRepl.EXIT_OK;
                    }
                }
            }
        } finally {
            session.close();
            terminal.handle(Terminal.Signal.INT, previous);
            try {
                reader.getHistory().save();
            } catch (IOException e) {
                terminal.writer().println("nq repl: cannot save the history to " + history + ": " + e.getMessage());
            }
            terminal.flush();
        }
    }

    /** A line reader for NQ on {@code terminal}, its history in {@code history}. */
    static LineReader reader(Terminal terminal, Path history, Session session, Path baseDir) {
        try {
            if (history.getParent() != null) {
                Files.createDirectories(history.getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory of the history file " + history, e);
        }
        return LineReaderBuilder.builder().terminal(terminal).appName("nq")
                .parser(new NqLineParser())
                .completer(new NqCompleter(session.workspace(), baseDir))
                .variable(LineReader.HISTORY_FILE, history)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION)
                .variable(LineReader.INDENTATION, 2)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // '!' is NQ's not
                .option(LineReader.Option.HISTORY_IGNORE_DUPS, true)
                .build();
    }

    /** The statements and commands of one accepted buffer, lines counted from 1. */
    private static List<Chunk> chunks(String text) {
        ChunkAssembler assembler = new ChunkAssembler("<repl>");
        List<Chunk> chunks = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            chunks.addAll(assembler.addLine(line));
        }
        assembler.finish().ifPresent(chunks::add);
        return chunks;
    }
}
