package io.nereid.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code nq repl} through the command line: a script file, standard input, bad flags. */
class ReplCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private static Run nq(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void runsAScriptFileNamingItsLinesInErrors() throws IOException {
        Path script = dir.resolve("s.nqs");
        Files.writeString(script, "input a : (x: long);\n:schema a\n:schema b\n");
        Run run = nq("repl", script.toString(), "--no-timing");
        assertThat(run.out()).isEqualTo("input a : (x: long)\ninput a : (x: long) -- no rows loaded\n");
        assertThat(run.err()).isEqualTo(script + ":3:9: error: nothing is declared as 'b'\n:schema b\n        ^\n"
                + "hint: declared: a\n");
        assertThat(run.exit()).isEqualTo(ScriptRepl.EXIT_ERRORS);
    }

    @Test
    void readsStandardInputWithoutPromptsWhenItIsNotATerminal() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(":help\ninput a : (x: long);\n".getBytes(StandardCharsets.UTF_8)));
            Run run = nq("repl");
            assertThat(run.exit()).isEqualTo(ScriptRepl.EXIT_OK);
            assertThat(run.out()).startsWith("Statements end with ';'").endsWith("\ninput a : (x: long)\n")
                    .doesNotContain("nq> ");
            assertThat(run.err()).isEmpty();
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void badFlagsAreUsageErrors() {
        Run run = nq("repl", "--workers", "0");
        assertThat(run.exit()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.err()).startsWith("nq repl: Invalid value for option '--workers': 0 is out of range");
        assertThat(nq("repl", dir.resolve("missing.nqs").toString()).err())
                .startsWith("nq repl: Cannot read '" + dir.resolve("missing.nqs") + "': no such file");
    }
}
