package io.nereid.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.runtime.exec.WorkerPool;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session runs every query as one more dataflow installed into one running computation: the
 * same worker threads answer every query, and a finished query leaves nothing behind. Expected
 * tables are worked out by hand from the edges 1->2, 2->3, 3->1, 3->4.
 */
class LiveComputationTest {
    @TempDir
    Path dir;

    @Test
    void everyQueryIsInstalledIntoTheSessionsOneComputation() throws IOException {
        Files.writeString(dir.resolve("edges.csv"), "src,dst\n1,2\n2,3\n3,1\n3,4\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (Session session = new Session(new ScriptConsole(new PrintWriter(out), new PrintWriter(err)),
                new SessionOptions(3, 1000, false, dir))) {
            assertThat(session.evaluate(new Chunk("input edges : (src: long, dst: long) from \"edges.csv\";", "t", 1, 1)))
                    .isEqualTo(Session.Outcome.OK);
            WorkerPool pool = session.pool();
            List<Thread> threads = pool.threads();
            assertThat(threads).hasSize(3);
            assertThat(session.evaluate(new Chunk("from e in edges group e by e.src into g select (n: g.key, c: count(g));",
                    "t", 2, 1))).isEqualTo(Session.Outcome.OK);
            assertThat(session.evaluate(new Chunk("edges.where(e => e.dst == 1 / 0);", "t", 3, 1)))
                    .as("a query that fails while running").isEqualTo(Session.Outcome.FAILED);
            assertThat(session.evaluate(new Chunk("edges.where(e => e.src == 3);", "t", 4, 1)))
                    .isEqualTo(Session.Outcome.OK);
            assertThat(session.pool()).isSameAs(pool);
            assertThat(pool.installed()).isEqualTo(3);
            assertThat(pool.running()).as("finished queries are let go of").isZero();
            assertThat(pool.threads()).isEqualTo(threads).allMatch(Thread::isAlive);
            assertThat(out.toString()).contains("n | c\n--+--\n1 | 1\n2 | 1\n3 | 2\n(3 rows)\n")
                    .endsWith("src | dst\n----+----\n  3 |   1\n  3 |   4\n(2 rows)\n");
            assertThat(err.toString()).contains("the query failed: stage").contains("/ by zero");
            session.close();
            assertThat(threads).noneMatch(Thread::isAlive);
        }
    }
}
