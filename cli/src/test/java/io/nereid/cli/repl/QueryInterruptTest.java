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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C on the terminal stops a running query; the session goes on and runs the next one. */
class QueryInterruptTest {
    @TempDir
    Path dir;

    @Test
    void ctrlCStopsARunningQueryAndTheNextQueryRuns() throws Exception {
        Files.writeString(dir.resolve("edges.csv"), "src,dst\n1,2\n2,3\n3,1\n");
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (Terminal terminal = new ExternalTerminal(null, "test", "xterm-256color",
                new ByteArrayInputStream(new byte[0]), screen, StandardCharsets.UTF_8, Terminal.SignalHandler.SIG_DFL,
                false, new Attributes(), new Size(120, 40))) {
            TerminalConsole console = new TerminalConsole(terminal);
            Session session = new Session(console, new SessionOptions(1, 1000, false, dir));
            assertThat(session.evaluate(new Chunk("input edges : (src: long, dst: long) from \"edges.csv\";", "t", 1, 1)))
                    .isEqualTo(Session.Outcome.OK);
            // a loop of a million rounds runs far longer than it takes the watcher to press Ctrl-C
            Thread ctrlC = new Thread(() -> {
                while (!console.isWorking()) {
                    Thread.onSpinWait();
                }
                console.interrupt();
            });
            ctrlC.start();
            Session.Outcome stopped = session.evaluate(new Chunk("""
                    iterate r = (from e in edges select (n: e.src)) times 1000000 {
                      from x in r select (n: x.n % 3 + 1)
                    };""", "t", 2, 1));
            ctrlC.join();
            assertThat(stopped).isEqualTo(Session.Outcome.FAILED);
            assertThat(screen.toString(StandardCharsets.UTF_8)).contains("interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isFalse();

            screen.reset();
            assertThat(session.evaluate(new Chunk("edges.where(e => e.dst == 1);", "t", 5, 1)))
                    .isEqualTo(Session.Outcome.OK);
            assertThat(screen.toString(StandardCharsets.UTF_8)).contains("src | dst\n----+----\n  3 |   1\n(1 row)");
            session.close();
        }
    }
}
