package io.nereid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainCommandTest {
    @TempDir
    Path dir;

    private Path program(String text) throws IOException {
        Path file = dir.resolve("prog.nq");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void printsThePlanBeforeAndAfterOptimizationAndWritesDot() throws IOException {
        Path file = program("""
                input edges : (src: long, dst: long);
                let big = from e in edges from f in edges where e.dst == f.src && e.src > 3 select (a: e.src, c: f.dst);
                output big;
                """);
        Path dot = dir.resolve("plan.dot");
        NqRun run = NqRun.of("explain", file.toString(), "--dot", dot.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("== logical plan:", "== optimized logical plan ==", "Join[inner cross]",
                "Join[inner, dst#1 = src#0]", "rules applied: ");
        assertThat(Files.readString(dot)).startsWith("digraph plan {").contains("Scan[edges]");
    }

    @Test
    void aProgramWithErrorsPrintsThemAllAndExitsWithOne() throws IOException {
        Path file = program("""
                input edges : (src: long, dst: long);
                let x = from e in edges select (a: e.dts, b: e.scr);
                output x;
                """);
        NqRun run = NqRun.of("explain", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExplainCommand.EXIT_COMPILE_ERROR);
        assertThat(run.err()).contains("prog.nq:2:38: error: unknown field `dts`", "did you mean `dst`?",
                "did you mean `src`?", "2 errors");
    }

    @Test
    void aMissingFileIsAUsageError() {
        NqRun run = NqRun.of("explain", dir.resolve("nope.nq").toString());
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.firstErrorLine()).contains("no such file");
    }

    @Test
    void codeAddsThePhysicalPlanAndTheGeneratedSource() throws IOException {
        Path file = program("""
                input edges : (src: long, dst: long);
                param root : long;
                let out = from e in edges where e.src == root group e by e.dst into g select (dst: g.key, n: count(g));
                output out;
                """);
        NqRun run = NqRun.of("explain", file.toString(), "--code", "--param", "root=7");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("== optimized logical plan ==", "== physical plan ==", "== generated source: ",
                "// FILE: ", "7L");
        assertThat(run.out().indexOf("== physical plan ==")).isGreaterThan(run.out().indexOf("== optimized logical plan =="));
    }

    @Test
    void codeWithoutAValueForAParamIsAUsageError() throws IOException {
        Path file = program("""
                input edges : (src: long, dst: long);
                param root : long;
                let out = from e in edges where e.src == root select (d: e.dst);
                output out;
                """);
        NqRun run = NqRun.of("explain", file.toString(), "--code");
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.err()).contains("root", "--param root=VALUE");
    }
}
