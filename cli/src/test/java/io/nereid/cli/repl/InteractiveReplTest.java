package io.nereid.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the interactive REPL through a JLine terminal (an xterm fed with keystrokes, its screen
 * output captured): prompts, continuation lines, history across sessions, tab completion, errors.
 */
class InteractiveReplTest {
    private static final String ENTER = "\r";
    /** The xterm's Up key (in the keypad mode JLine switches it to). */
    private static final String UP = "\u001bOA";
    private static final String TAB = "\t";
    private static final String CTRL_R = "\u0012";

    @TempDir
    Path dir;
    private Path history;

    @BeforeEach
    void data() throws IOException {
        Files.writeString(dir.resolve("edges.csv"), "src,dst\n1,2\n2,3\n3,1\n3,4\n");
        history = dir.resolve("state").resolve("history");
    }

    /** Types {@code keys} into a fresh REPL; returns what the screen showed, escape sequences removed. */
    private Screen type(String keys) throws IOException {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        int exit;
        // An xterm emulated in Java (no pty), its line discipline off as in raw mode, so that
        // keystrokes reach JLine as typed and only JLine echoes them.
        try (Terminal terminal = new ExternalTerminal(null, "test", "xterm-256color",
                new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8,
                Terminal.SignalHandler.SIG_DFL, false, new Attributes(), new Size(160, 50))) {
            exit = InteractiveRepl.run(terminal, history, new SessionOptions(1, 1000, false, dir));
        }
        return new Screen(exit, screen.toString(StandardCharsets.UTF_8));
    }

    private record Screen(int exit, String raw) {
        String text() {
            return raw.replaceAll("\u001b\\[[0-9;?]*[A-Za-z]|\u001b[()][0-9A-Z]|\u001b[=>]", "").replace("\r", "");
        }
    }

    @Test
    void promptsAndContinuationLinesUntilTheSemicolon() throws IOException {
        Screen s = type("input edges : (src: long, dst: long);" + ENTER + ":load edges edges.csv" + ENTER
                + "from e in edges" + ENTER + "  where e.src > 2" + ENTER + "  select e;" + ENTER);
        assertThat(s.exit()).isZero();
        String text = s.text();
        assertThat(text).startsWith("Nereid REPL: statements end with ';'. Type :help for help, :quit to leave.\n")
                .contains("nq> input edges : (src: long, dst: long);\ninput edges : (src: long, dst: long)\n")
                .contains("nq> :load edges edges.csv\nloaded 4 rows into edges from edges.csv\n")
                .contains("nq> from e in edges\n..>   where e.src > 2\n..>   select e;\n")
                .contains("src | dst\n----+----\n  3 |   1\n  3 |   4\n(2 rows)\n");
    }

    @Test
    void errorsShowACaretInRedAndTheSessionGoesOn() throws IOException {
        Screen s = type("input edges : (src: long, dst: long) from \"edges.csv\";" + ENTER
                + "from e in edges where e.dts > 1 select e;" + ENTER + "edges.where(e => e.src == 1);" + ENTER
                + ":quit" + ENTER + "edges;" + ENTER);
        assertThat(s.raw()).contains("\u001b[31m<repl>:1:25: error: unknown field `dts` in `e`");
        assertThat(s.text()).contains("""
                from e in edges where e.dts > 1 select e;
                                        ^
                hint: did you mean `dst`?""")
                .contains("nq> edges.where(e => e.src == 1);\nsrc | dst\n----+----\n  1 |   2\n(1 row)\n")
                .doesNotContain("nq> edges;");
    }

    @Test
    void historyIsKeptAcrossSessions() throws IOException {
        Screen first = type("input edges : (src: long, dst: long);" + ENTER + "let a = from e in edges" + ENTER
                + "  select (x: e.src);" + ENTER);
        assertThat(first.text()).contains("let a : (x: long)");
        assertThat(Files.readString(history)).contains("input edges : (src: long, dst: long);");

        // Up recalls the last statement (two lines: the second Up moves to its first line), the third
        // Up the statement before; Ctrl-R finds one by what it contains
        Screen second = type(UP + UP + UP + ENTER + CTRL_R + "let a" + ENTER + ":schema" + ENTER);
        assertThat(second.text()).contains("input edges : (src: long, dst: long)\n")
                .contains("let a : (x: long)\n")
                .contains("nq> :schema\ninput edges : (src: long, dst: long) -- no rows loaded\nlet a : (x: long)\nnq> ");
    }

    @Test
    void tabCompletesCommandsFileNamesKeywordsNamesAndFields() throws IOException {
        Screen s = type("input edges : (src: long, dst: long);" + ENTER
                + ":lo" + TAB + "edges edg" + TAB + ENTER
                + "from e in ed" + TAB + "where e.s" + TAB + "> 2 sel" + TAB + "(d: e.d" + TAB + ");" + ENTER);
        assertThat(s.text()).contains("nq> :load edges edges.csv \nloaded 4 rows into edges from edges.csv\n")
                .contains("nq> from e in edges where e.src > 2 select (d: e.dst );\n")
                .contains("d\n-\n1\n4\n(2 rows)\n");
    }
}
