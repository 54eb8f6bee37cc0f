package io.nereid.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Joins with a stored relation read directly use the session's index of that relation on the
 * join key: built by the first such query, reused by the next ones (seen in the session's
 * counters, not in timings), and built again after a {@code :load}. Expected rows come from a
 * nested loop over the same generated data, written here.
 */
class StoredIndexReuseTest {
    @TempDir
    Path dir;

    private final Random random = new Random(7);
    private List<long[]> edges;
    private List<String[]> names;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Session session;

    @BeforeEach
    void data() throws IOException {
        edges = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            edges.add(new long[] {random.nextInt(200), random.nextInt(200)});
        }
        writeEdges();
        names = writeNames("names.csv", 150, "n");
    }

    private void writeEdges() throws IOException {
        StringBuilder sb = new StringBuilder("src,dst\n");
        edges.forEach(e -> sb.append(e[0]).append(',').append(e[1]).append('\n'));
        Files.writeString(dir.resolve("edges.csv"), sb.toString());
    }

    /** {@code count} names for ids drawn from [0, 200), some ids twice (a key with several rows). */
    private List<String[]> writeNames(String file, int count, String prefix) throws IOException {
        List<String[]> rows = new ArrayList<>();
        StringBuilder sb = new StringBuilder("id,name\n");
        for (int i = 0; i < count; i++) {
            String[] row = {Integer.toString(random.nextInt(200)), prefix + i};
            rows.add(row);
            sb.append(row[0]).append(',').append(row[1]).append('\n');
        }
        Files.writeString(dir.resolve(file), sb.toString());
        return rows;
    }

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    private Session.Outcome eval(String text) {
        return session.evaluate(new Chunk(text, "t", 1, 1));
    }

    /** The rows of a CSV the session wrote, header dropped, sorted. */
    private List<String> written(String file) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve(file)));
        lines.remove(0);
        lines.sort(null);
        return lines;
    }

    /** {@code from e in edges join n in names on e.dst equals n.id select (s: e.src, nm: n.name)}, by nested loop. */
    private List<String> edgesToNames() {
        List<String> rows = new ArrayList<>();
        for (long[] e : edges) {
            for (String[] n : names) {
                if (e[1] == Long.parseLong(n[0])) {
                    rows.add(e[0] + "," + n[1]);
                }
            }
        }
        rows.sort(null);
        return rows;
    }

    @Test
    void aSecondJoinOnTheSameRelationAndKeyReusesTheIndexAndALoadInvalidatesIt() throws IOException {
        session = new Session(new ScriptConsole(new PrintWriter(out), new PrintWriter(err)),
                new SessionOptions(3, 1000, false, dir));
        IndexCache indexes = session.workspace().indexes();
        assertThat(eval("input edges : (src: long, dst: long) from \"edges.csv\";")).isEqualTo(Session.Outcome.OK);
        assertThat(eval("input names : (id: long, name: string) from \"names.csv\";")).isEqualTo(Session.Outcome.OK);
        assertThat(eval("let j = from e in edges join n in names on e.dst equals n.id select (s: e.src, nm: n.name);"))
                .isEqualTo(Session.Outcome.OK);

        assertThat(eval("output j to \"first.csv\";")).isEqualTo(Session.Outcome.OK);
        assertThat(written("first.csv")).isNotEmpty().isEqualTo(edgesToNames());
        assertThat(indexes.built()).isEqualTo(1);
        assertThat(indexes.reused()).isZero();

        // another query, another projection and a filter on the probe side: same index
        assertThat(eval("let k = from e in edges where e.src < 100 join n in names on e.dst equals n.id"
                + " select (nm: n.name, s: e.src, t: e.src + 1);")).isEqualTo(Session.Outcome.OK);
        assertThat(eval("output k to \"second.csv\";")).isEqualTo(Session.Outcome.OK);
        List<String> expected = new ArrayList<>();
        for (long[] e : edges) {
            for (String[] n : names) {
                if (e[0] < 100 && e[1] == Long.parseLong(n[0])) {
                    expected.add(n[1] + "," + e[0] + "," + (e[0] + 1));
                }
            }
        }
        expected.sort(null);
        assertThat(written("second.csv")).isNotEmpty().isEqualTo(expected);
        assertThat(indexes.built()).isEqualTo(1);
        assertThat(indexes.reused()).isEqualTo(1);
        assertThat(eval(":explain from e in edges join n in names on e.dst equals n.id select (s: e.src);"))
                .isEqualTo(Session.Outcome.OK);
        assertThat(out.toString()).contains("probes the session's index names(id) (built: reused)");

        // new rows for names: the index is dropped, the next join builds it from them
        names = writeNames("names2.csv", 80, "m");
        assertThat(eval(":load names names2.csv")).isEqualTo(Session.Outcome.OK);
        assertThat(eval("output j to \"third.csv\";")).isEqualTo(Session.Outcome.OK);
        assertThat(written("third.csv")).isNotEmpty().isEqualTo(edgesToNames());
        assertThat(indexes.built()).isEqualTo(2);
        assertThat(indexes.reused()).isEqualTo(1);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aSelfJoinAndAJoinOnAStringKeyUseIndexesToo() throws IOException {
        session = new Session(new ScriptConsole(new PrintWriter(out), new PrintWriter(err)),
                new SessionOptions(2, 1000, false, dir));
        eval("input edges : (src: long, dst: long) from \"edges.csv\";");
        eval("input names : (id: long, name: string) from \"names.csv\";");
        eval("let two = from a in edges join b in edges on a.dst equals b.src select (x: a.src, y: b.dst);");
        assertThat(eval("output two to \"two.csv\";")).isEqualTo(Session.Outcome.OK);
        List<String> expected = new ArrayList<>();
        for (long[] a : edges) {
            for (long[] b : edges) {
                if (a[1] == b[0]) {
                    expected.add(a[0] + "," + b[1]);
                }
            }
        }
        expected.sort(null);
        assertThat(written("two.csv")).isEqualTo(expected);

        eval("let same = from a in names join b in names on a.name equals b.name select (x: a.id, y: b.id);");
        assertThat(eval("output same to \"same.csv\";")).isEqualTo(Session.Outcome.OK);
        List<String> pairs = new ArrayList<>();
        for (String[] a : names) {
            for (String[] b : names) {
                if (a[1].equals(b[1])) {
                    pairs.add(a[0] + "," + b[0]);
                }
            }
        }
        pairs.sort(null);
        assertThat(written("same.csv")).isEqualTo(pairs);
        assertThat(session.workspace().indexes().kept()).containsExactly("edges(src)", "names(name)");
        assertThat(eval(":schema edges names")).isEqualTo(Session.Outcome.OK);
        assertThat(out.toString()).contains("input edges : (src: long, dst: long) -- 3,000 rows loaded from "
                + "edges.csv, indexed on (src)\n" + "input names : (id: long, name: string) -- 150 rows loaded from "
                + "names.csv, indexed on (name)\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aCompositeKeyOfAStringAndADateWithIntColumns() throws IOException {
        List<String[]> visits = new ArrayList<>();
        List<String[]> limits = new ArrayList<>();
        StringBuilder v = new StringBuilder("user,day,n\n");
        StringBuilder l = new StringBuilder("user,day,cap,vip\n");
        for (int i = 0; i < 400; i++) {
            String[] row = {"u" + random.nextInt(20), "2024-01-0" + (1 + random.nextInt(5)), Integer.toString(i)};
            visits.add(row);
            v.append(String.join(",", row)).append('\n');
        }
        for (int i = 0; i < 60; i++) {
            String[] row = {"u" + random.nextInt(20), "2024-01-0" + (1 + random.nextInt(5)), Integer.toString(i * 3),
                    Boolean.toString(i % 2 == 0)};
            limits.add(row);
            l.append(String.join(",", row)).append('\n');
        }
        Files.writeString(dir.resolve("visits.csv"), v.toString());
        Files.writeString(dir.resolve("limits.csv"), l.toString());
        session = new Session(new ScriptConsole(new PrintWriter(out), new PrintWriter(err)),
                new SessionOptions(2, 1000, false, dir));
        eval("input visits : (user: string, day: date, n: int) from \"visits.csv\";");
        eval("input limits : (user: string, day: date, cap: int, vip: bool) from \"limits.csv\";");
        eval("let over = from x in visits join y in limits on (x.user, x.day) equals (y.user, y.day)"
                + " select (u: x.user, d: y.day, n: x.n, cap: y.cap, vip: y.vip);");
        assertThat(eval("output over to \"over.csv\";")).isEqualTo(Session.Outcome.OK);
        assertThat(eval("output over to \"again.csv\";")).isEqualTo(Session.Outcome.OK);
        List<String> expected = new ArrayList<>();
        for (String[] x : visits) {
            for (String[] y : limits) {
                if (x[0].equals(y[0]) && x[1].equals(y[1])) {
                    expected.add(x[0] + "," + y[1] + "," + x[2] + "," + y[2] + "," + y[3]);
                }
            }
        }
        expected.sort(null);
        assertThat(written("over.csv")).isNotEmpty().isEqualTo(expected);
        assertThat(written("again.csv")).isEqualTo(expected);
        assertThat(session.workspace().indexes().kept()).containsExactly("limits(user, day)");
        assertThat(session.workspace().indexes().built()).isEqualTo(1);
        assertThat(session.workspace().indexes().reused()).isEqualTo(1);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aLeftJoinIsNotRewrittenAndStillAnswers() throws IOException {
        session = new Session(new ScriptConsole(new PrintWriter(out), new PrintWriter(err)),
                new SessionOptions(2, 1000, false, dir));
        eval("input edges : (src: long, dst: long) from \"edges.csv\";");
        eval("input names : (id: long, name: string) from \"names.csv\";");
        eval("let l = from e in edges left join n in names on e.dst equals n.id"
                + " select (s: e.src, nm: coalesce(n.name, \"-\"));");
        assertThat(eval("output l to \"l.csv\";")).isEqualTo(Session.Outcome.OK);
        List<String> expected = new ArrayList<>();
        for (long[] e : edges) {
            boolean hit = false;
            for (String[] n : names) {
                if (e[1] == Long.parseLong(n[0])) {
                    expected.add(e[0] + "," + n[1]);
                    hit = true;
                }
            }
            if (!hit) {
                expected.add(e[0] + ",-");
            }
        }
        expected.sort(null);
        assertThat(written("l.csv")).isEqualTo(expected);
        assertThat(session.workspace().indexes().built()).isZero();
        assertThat(err.toString()).isEmpty();
    }
}
