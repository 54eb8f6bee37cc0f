package io.nereid.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compile goal without Maven: what it generates, what it skips, what it deletes, how it reports errors. */
class NqBuildTest {
    static final String DEGREES = """
            input edges : (src: long, dst: long);
            let degree = from e in edges group e by e.src into g select (node: g.key, deg: count(g));
            output degree;
            """;
    static final String WORDS = """
            input docs : (id: long, text: string);
            let words = from d in docs from w in split(d.text, " ") select (word: w);
            output words;
            """;

    @TempDir
    Path root;
    Path src;
    Path out;

    @BeforeEach
    void dirs() {
        src = root.resolve("src/main/nq");
        out = root.resolve("target/generated-sources/nq");
    }

    private NqBuild build(String generator) {
        return new NqBuild(new NqBuild.Config(src, out, root.resolve("target/state"),
                new AntPatterns(List.of("**/*.nq"), List.of("drafts/**")), "app"), generator);
    }

    private void write(String program, String text) throws IOException {
        Path f = src.resolve(program);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    /** Every generated file and its modification time. */
    private Map<String, FileTime> generated() throws IOException {
        Map<String, FileTime> files = new TreeMap<>();
        if (!Files.isDirectory(out)) {
            return files;
        }
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(out.relativize(p).toString().replace('\\', '/'), Files.getLastModifiedTime(p));
            }
        }
        return files;
    }

    @Test
    void compilesEverySelectedProgramIntoItsOwnPackages() throws IOException {
        write("graph/degrees.nq", DEGREES);
        write("words.nq", WORDS);
        write("drafts/wip.nq", "this is not NQ");

        NqBuild.Report report = build("g1").run();

        assertThat(report.errors()).isEmpty();
        assertThat(report.compiled()).containsExactly("graph/degrees.nq", "words.nq");
        assertThat(generated().keySet()).contains("app/graph/Degrees.java", "app/graph/degrees_nq/NqProgram.java",
                "app/Words.java", "app/words_nq/NqProgram.java");
        assertThat(Files.readString(out.resolve("app/graph/Degrees.java")))
                .contains("public static record Edges(long src, long dst)")
                .contains("public static record Degree(long node, long deg)")
                .contains("public static void main(String[] args)");
    }

    @Test
    void aSecondBuildOfUnchangedProgramsWritesNothing() throws IOException {
        write("graph/degrees.nq", DEGREES);
        write("words.nq", WORDS);
        build("g1").run();
        Map<String, FileTime> first = generated();
        for (String f : first.keySet()) {
            Files.setLastModifiedTime(out.resolve(f), FileTime.fromMillis(1_000_000L));
        }

        NqBuild.Report again = build("g1").run();

        assertThat(again.compiled()).isEmpty();
        assertThat(again.upToDate()).containsExactly("graph/degrees.nq", "words.nq");
        assertThat(generated().values()).containsOnly(FileTime.fromMillis(1_000_000L));
    }

    @Test
    void aChangedProgramIsRegeneratedAloneAndFilesItNoLongerNeedsGo() throws IOException {
        write("graph/degrees.nq", DEGREES);
        write("words.nq", WORDS);
        build("g1").run();
        Map<String, FileTime> before = generated();

        write("words.nq", """
                input docs : (id: long, text: string);
                output docs;
                """);
        NqBuild.Report report = build("g1").run();

        assertThat(report.compiled()).containsExactly("words.nq");
        assertThat(report.upToDate()).containsExactly("graph/degrees.nq");
        Map<String, FileTime> after = generated();
        List<String> stagesBefore = before.keySet().stream().filter(f -> f.startsWith("app/words_nq/Stage")).toList();
        List<String> stagesAfter = after.keySet().stream().filter(f -> f.startsWith("app/words_nq/Stage")).toList();
        assertThat(stagesBefore).containsAll(stagesAfter).hasSizeGreaterThan(stagesAfter.size());
        assertThat(after.get("app/graph/Degrees.java")).isEqualTo(before.get("app/graph/Degrees.java"));
        assertThat(Files.readString(out.resolve("app/Words.java"))).doesNotContain("record Words(");
    }

    @Test
    void aNewGeneratorOrAMissingOutputRegeneratesAProgram() throws IOException {
        write("words.nq", WORDS);
        build("g1").run();

        assertThat(build("g2").run().compiled()).containsExactly("words.nq");
        Files.delete(out.resolve("app/Words.java"));
        assertThat(build("g2").run().compiled()).containsExactly("words.nq");
        assertThat(out.resolve("app/Words.java")).exists();
    }

    @Test
    void theClassesOfADeletedProgramAreDeleted() throws IOException {
        write("graph/degrees.nq", DEGREES);
        write("words.nq", WORDS);
        build("g1").run();

        Files.delete(src.resolve("words.nq"));
        NqBuild.Report report = build("g1").run();

        assertThat(report.removed()).containsExactly("words.nq");
        assertThat(generated().keySet()).noneMatch(f -> f.startsWith("app/words_nq/") || f.equals("app/Words.java"))
                .contains("app/graph/Degrees.java");
    }

    @Test
    void everyErrorIsOneLocatedLineAndABrokenProgramLeavesNoClassesBehind() throws IOException {
        write("words.nq", WORDS);
        build("g1").run();

        write("words.nq", """
                input docs : (id: long, text: string);
                let words = from d in docz select (word: d.text);
                let more = from d in docs select (n: d.size);
                output words;
                """);
        NqBuild.Report report = build("g1").run();

        Path file = src.resolve("words.nq");
        assertThat(report.compiled()).isEmpty();
        assertThat(report.errors()).hasSize(2);
        assertThat(report.errors().get(0).format()).startsWith(file + ":2:23: ").contains("docz").doesNotContain("\n");
        assertThat(report.errors().get(1).format()).startsWith(file + ":3:40: ").contains("size").doesNotContain("\n");
        assertThat(generated().keySet()).noneMatch(f -> f.contains("words_nq") || f.equals("app/Words.java"));
        assertThat(build("g1").run().errors()).as("a failed program is compiled again next time").hasSize(2);
    }

    @Test
    void aParamWithoutADefaultIsLeftToRunTime() throws IOException {
        write("reach.nq", """
                input edges : (src: long, dst: long);
                param root : long;
                let r = from e in edges where e.src == root select (node: e.dst);
                output r;
                """);

        List<BuildError> errors = build("g1").run().errors();

        assertThat(errors).isEmpty();
        assertThat(Files.readString(out.resolve("app/Reach.java")))
                .contains("List.of(DeclaredParam.required(\"root\", ColumnKind.LONG))");
    }

    @Test
    void configuredParamsAreTheDefaultsOfTheGeneratedCodeAndABadOneIsAnErrorAtTheDeclaration() throws IOException {
        write("reach.nq", """
                input edges : (src: long, dst: long);
                param root : long = 0;
                param far : bool = false;
                let r = from e in edges where e.src == root select (node: e.dst);
                output r;
                """);
        NqBuild.Config base = new NqBuild.Config(src, out, root.resolve("target/state"),
                new AntPatterns(List.of("**/*.nq"), List.of()), "", Map.of("root", "7"));

        NqBuild.Report report = new NqBuild(base, "g1").run();

        assertThat(report.errors()).isEmpty();
        assertThat(Files.readString(out.resolve("nq/Reach.java")))
                .contains("List.of(DeclaredParam.of(\"root\", ColumnKind.LONG, \"7\"), DeclaredParam.of(\"far\","
                        + " ColumnKind.BOOL, \"false\"))");
        List<String> code = new java.util.ArrayList<>();
        for (String f : generated().keySet()) {
            if (f.startsWith("nq/reach_nq/")) {
                code.add(Files.readString(out.resolve(f)));
            }
        }
        assertThat(code).as("the configured root is the default of the program").anyMatch(c -> c.contains(
                "this.param_root = (Long) param(params, \"root\", Long.class, 7L);"));

        NqBuild.Config bad = new NqBuild.Config(src, out, root.resolve("target/state"),
                new AntPatterns(List.of("**/*.nq"), List.of()), "", Map.of("far", "yes"));
        assertThat(new NqBuild(bad, "g1").run().errors()).extracting(BuildError::format).containsExactly(
                src.resolve("reach.nq") + ":3:1: param 'far' is declared bool, but <params> sets it to 'yes'"
                        + " (hint: give a bool in the plugin's <params><far>...</far></params>)");
    }

    @Test
    void twoProgramsThatWouldBeTheSameClassAreAnError() throws IOException {
        write("page-rank.nq", WORDS);
        write("page_rank.nq", WORDS);

        List<BuildError> errors = build("g1").run().errors();

        assertThat(errors).extracting(BuildError::format).containsExactly(src.resolve("page_rank.nq")
                + ": becomes class app.PageRank, as page-rank.nq does (hint: rename one of them)");
    }
}
