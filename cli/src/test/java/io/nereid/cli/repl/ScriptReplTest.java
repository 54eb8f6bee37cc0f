package io.nereid.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the REPL with scripts, as {@code nq repl < script.nqs} does. Expected tables are worked
 * out by hand from the four edges 1->2, 2->3, 3->1, 3->4.
 */
class ScriptReplTest {
    @TempDir
    Path dir;

    @BeforeEach
    void data() throws IOException {
        Files.writeString(dir.resolve("edges.csv"), "src,dst\n1,2\n2,3\n3,1\n3,4\n");
        Files.writeString(dir.resolve("bad.csv"), "src,dst\n1,2\n2,x\n");
    }

    @Test
    void declaresLoadsQueriesAndWritesResults() throws IOException {
        Transcript t = Transcript.of(dir, """
                input edges : (src: long, dst: long);
                :load edges edges.csv
                from e in edges where e.src > 1 select e;
                let degree = from e in edges
                             group e by e.src into g
                             select (node: g.key, deg: count(g));
                degree;
                output degree to "deg.csv";
                :schema
                """);
        assertThat(t.err()).isEmpty();
        assertThat(t.out()).isEqualTo("""
                input edges : (src: long, dst: long)
                loaded 4 rows into edges from edges.csv
                src | dst
                ----+----
                  2 |   3
                  3 |   1
                  3 |   4
                (3 rows)
                let degree : (node: long, deg: long)
                node | deg
                -----+----
                   1 |   1
                   2 |   1
                   3 |   2
                (3 rows)
                wrote 3 rows of degree to deg.csv
                input edges : (src: long, dst: long) -- 4 rows loaded from edges.csv
                let degree : (node: long, deg: long)
                """);
        assertThat(t.exitCode()).isEqualTo(ScriptRepl.EXIT_OK);
        assertThat(Files.readAllLines(dir.resolve("deg.csv"))).containsExactly("node,deg", "1,1", "2,1", "3,2");
    }

    @Test
    void theSessionSurvivesEveryErrorAndKeepsItsState() {
        Transcript t = Transcript.of(dir, """
                input edges : (src: long, dst: long);
                from e in edges select e;
                :load edges edges.csv
                from e in edgez select e;
                let x = 1 + ;
                :load edges bad.csv
                from e in edges select (a: e.src, b: e.dst / (e.src - 3));
                :lod edges
                1 + 2;
                edges.where(e => e.src == 3);
                from e in edges
                  select e""");
        assertThat(t.exitCode()).isEqualTo(ScriptRepl.EXIT_ERRORS);
        assertThat(t.out()).isEqualTo("""
                input edges : (src: long, dst: long)
                loaded 4 rows into edges from edges.csv
                src | dst
                ----+----
                  3 |   1
                  3 |   4
                (2 rows)
                """);
        String[] errors = t.err().split("\n(?=test\\.nqs:|bad\\.csv:)");
        assertThat(errors).hasSize(8);
        assertThat(errors[0]).isEqualTo("""
                test.nqs:2:1: error: input 'edges' has no rows loaded
                from e in edges select e;
                ^
                hint: load them first: :load edges FILE.csv""");
        assertThat(errors[1]).isEqualTo("""
                test.nqs:4:11: error: unknown relation `edgez`
                from e in edgez select e;
                          ^
                hint: did you mean `edges`?""");
        assertThat(errors[2]).isEqualTo("""
                test.nqs:5:13: error: unexpected ';'; expected an expression
                let x = 1 + ;
                            ^""");
        assertThat(errors[3]).isEqualTo("""
                bad.csv:3:3: error: field 'dst' expects a long, but the value is 'x'
                2,x
                  ^
                hint: fix the row, or skip bad rows with :load edges bad.csv skip; 'edges' keeps the rows it had""");
        assertThat(errors[4]).startsWith("test.nqs:7:1: error: the query failed: ").contains("/ by zero")
                .endsWith("\nfrom e in edges select (a: e.src, b: e.dst / (e.src - 3));\n^");
        assertThat(errors[5]).isEqualTo("""
                test.nqs:8:1: error: unknown command ':lod'
                :lod edges
                ^
                hint: did you mean :load? the commands are :load :explain :schema :help :quit""");
        assertThat(errors[6]).isEqualTo("""
                test.nqs:9:1: error: a query must be a relation, but this is a single value
                1 + 2;
                ^
                hint: query a relation, as in: from e in edges select (x: e.src + 1)""");
        assertThat(errors[7]).isEqualTo("""
                test.nqs:12:11: error: the statement does not end with ';'
                  select e
                          ^
                hint: end every statement with ';' (a statement may span several lines)
                """);
    }

    @Test
    void anInputFromAFileIsLoadedWhenDeclared() {
        Transcript t = Transcript.of(dir, "input edges : (src: long, dst: long) from \"edges.csv\";\n:schema edges\n");
        assertThat(t.err()).isEmpty();
        assertThat(t.out()).isEqualTo("""
                input edges : (src: long, dst: long)
                loaded 4 rows into edges from edges.csv
                input edges : (src: long, dst: long) -- 4 rows loaded from edges.csv
                """);
    }

    @Test
    void loadedRowsStayInMemoryAndTheFileIsNotReadAgain() throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (Session session = new Session(new ScriptConsole(new PrintWriter(out), new PrintWriter(err)),
                new SessionOptions(1, 1000, false, dir))) {
            Files.writeString(dir.resolve("e.csv"), "src,dst\n7,8\n9,10\n");
            assertThat(session.evaluate(new Chunk("input edges : (src: long, dst: long);", "t", 1, 1))).isEqualTo(Session.Outcome.OK);
            assertThat(session.evaluate(new Chunk(":load edges e.csv", "t", 2, 1))).isEqualTo(Session.Outcome.OK);
            Files.delete(dir.resolve("e.csv"));
            String query = "from e in edges select (s: e.src + e.dst);";
            assertThat(session.evaluate(new Chunk(query, "t", 3, 1))).isEqualTo(Session.Outcome.OK);
            assertThat(session.evaluate(new Chunk(query, "t", 4, 1))).isEqualTo(Session.Outcome.OK);
            String table = "s\n--\n15\n19\n(2 rows)\n";
            assertThat(err.toString()).isEmpty();
            assertThat(out.toString()).isEqualTo("input edges : (src: long, dst: long)\nloaded 2 rows into edges from e.csv\n"
                    + table + table);
        }
    }

    @Test
    void redeclaringAnInputWithOtherColumnsDropsItsRowsAndALetCanBeRedefined() throws IOException {
        Files.writeString(dir.resolve("nodes.csv"), "1\n2\n");
        Transcript t = Transcript.of(dir, """
                input edges : (src: long, dst: long);
                :load edges edges.csv
                input nodes : (n: long);
                :load nodes nodes.csv
                let d = from e in edges select (x: e.src);
                let d = from e in edges select (y: e.dst, z: e.src);
                input edges : (src: long, dst: long);
                input nodes : (n: long, m: long);
                :schema
                """);
        assertThat(t.err()).isEmpty();
        assertThat(t.out()).isEqualTo("""
                input edges : (src: long, dst: long)
                loaded 4 rows into edges from edges.csv
                input nodes : (n: long)
                loaded 2 rows into nodes from nodes.csv
                let d : (x: long)
                let d : (y: long, z: long)
                input edges : (src: long, dst: long) -- 4 rows loaded from edges.csv
                dropped the rows loaded into nodes: the columns changed; load them again
                input nodes : (n: long, m: long)
                input edges : (src: long, dst: long) -- 4 rows loaded from edges.csv
                input nodes : (n: long, m: long) -- no rows loaded
                let d : (y: long, z: long)
                """);
    }

    @Test
    void aLetThatBreaksALaterOneIsRefusedAndTheOldDefinitionStays() {
        Transcript t = Transcript.of(dir, """
                input edges : (src: long, dst: long);
                let a = from e in edges select (x: e.src);
                let b = from r in a select (y: r.x);
                let a = from e in edges select (w: e.src);
                :schema a
                """);
        assertThat(t.err()).startsWith("test.nqs:3:").contains("`x`");
        assertThat(t.out()).endsWith("let a : (x: long)\n");
    }

    @Test
    void aParamChangesTheQueriesThatUseIt() throws IOException {
        Files.writeString(dir.resolve("edges.csv"), "src,dst\n1,2\n2,3\n3,1\n3,4\n5,1\n");
        Transcript t = Transcript.of(dir, """
                input edges : (src: long, dst: long);
                :load edges edges.csv
                param root : long = 1;
                let reach = iterate r = (from e in edges where e.src == root select (node: e.src))
                            until fixpoint {
                              r.union(from x in r join e in edges on x.node equals e.src select (node: e.dst))
                            };
                from r in reach group r by 0 into g select (n: count(g), low: min(g.node), high: max(g.node));
                param root : long = 5;
                from r in reach group r by 0 into g select (n: count(g), low: min(g.node), high: max(g.node));
                param root : long;
                """);
        assertThat(t.out()).contains("""
                n | low | high
                --+-----+-----
                4 |   1 |    4
                (1 row)
                """).contains("""
                n | low | high
                --+-----+-----
                5 |   1 |    5
                (1 row)
                """);
        assertThat(t.err()).isEqualTo("""
                test.nqs:11:18: error: a param in the REPL needs a value
                param root : long;
                                 ^
                hint: give it one, as in: param root : long = 0;
                """);
    }

    @Test
    void bigResultsAreCutAtMaxRowsButCountedInFullAndTimingsArePrintedByDefault() {
        Transcript t = Transcript.of(new SessionOptions(2, 2, true, dir), """
                input edges : (src: long, dst: long);
                :load edges edges.csv
                edges;
                """);
        assertThat(t.out()).containsPattern("loaded 4 rows into edges from edges\\.csv in \\d+ ms\n")
                .contains("""
                        src | dst
                        ----+----
                          1 |   2
                          2 |   3
                        (4 rows, the first 2 shown)
                        """)
                .containsPattern("\ntime: [0-9.]+ m?s \\(compile [0-9.]+ m?s, run [0-9.]+ m?s\\)\n$");
    }

    @Test
    void explainHelpSchemaAndQuit() {
        Transcript t = Transcript.of(dir, """
                :schema
                input edges : (src: long, dst: long);
                :explain from e in edges
                           where e.src > 1 select (s: e.src);
                :help
                :quit
                :schema
                """);
        assertThat(t.err()).isEmpty();
        assertThat(t.exitCode()).isEqualTo(ScriptRepl.EXIT_OK);
        assertThat(t.out()).startsWith("nothing declared yet; start with, for example: input edges : (src: long, dst: long);\n")
                .contains("== optimized logical plan ==").contains("Scan[edges]").contains("== physical plan ==")
                .contains("stage 0 source edges").contains(":load NAME FILE [skip]")
                .endsWith("Tab completes keywords, commands, names and fields; Up and Down walk the history;"
                        + " Ctrl-C stops a query.\n");
    }
}
