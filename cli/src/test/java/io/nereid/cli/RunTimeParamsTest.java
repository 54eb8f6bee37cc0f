package io.nereid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.cli.run.ProgramCompiler;
import io.nereid.compiler.codegen.InMemoryCompiler;
import io.nereid.compiler.diag.SourceFile;
import io.nereid.datagen.EdgeCsvReader;
import io.nereid.operators.BadRowPolicy;
import io.nereid.operators.CompiledProgram;
import io.nereid.operators.InputSource;
import io.nereid.operators.RowReader;
import io.nereid.runtime.exec.Config;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --param} values are read when the program is built, not compiled into it: the reach
 * sample run from two roots gives each root's breadth-first-search answer from one compilation,
 * and values the program cannot take are refused with the param's name.
 */
class RunTimeParamsTest {
    @TempDir
    Path dir;

    private static final Path REACH = SampleReferences.SAMPLES.resolve("reach").resolve("reach.nq");

    /** The rows of {@code output}, ordered by their first column. */
    private static List<List<Object>> rows(CompiledProgram p, String output) throws IOException {
        InputSource edges = InputSource.open(SampleReferences.GRAPH, p.inputs().get(0), BadRowPolicy.FAIL);
        List<List<Object>> rows = new ArrayList<>();
        for (Object[] row : p.run(Map.<String, RowReader>of("edges", edges), Config.workers(2)).table(output).rows()) {
            rows.add(Arrays.asList(row));
        }
        rows.sort(Comparator.comparing(r -> (Long) r.get(0)));
        return rows;
    }

    @Test
    void reachFromTwoRootsGivesEachRootsAnswerFromOneCompilation() throws IOException {
        // a compiler with a class cache of its own (its parent loader is new), so it counts this test's compilations
        InMemoryCompiler compiler = new InMemoryCompiler(new URLClassLoader(new URL[0], getClass().getClassLoader()));
        SourceFile source = SourceFile.read(REACH);
        ProgramCompiler.Compiled from7 = ProgramCompiler.compile(source, Map.of("root", "7"), compiler);
        ProgramCompiler.Compiled from3 = ProgramCompiler.compile(source, Map.of("root", "3"), compiler);
        assertThat(compiler.compilations()).as("javac runs for the two roots").isEqualTo(1);
        assertThat(from3.program().getClass()).isSameAs(from7.program().getClass());
        assertThat(from3.source().source()).isEqualTo(from7.source().source());

        var graph = EdgeCsvReader.read(SampleReferences.GRAPH);
        List<List<Object>> want7 = SampleReferences.reach(graph, 7).get("levels");
        List<List<Object>> want3 = SampleReferences.reach(graph, 3).get("levels");
        assertThat(want7).as("the two roots have different answers").isNotEqualTo(want3);
        assertThat(rows(from7.program(), "levels")).isEqualTo(want7);
        assertThat(rows(from3.program(), "levels")).isEqualTo(want3);
    }

    @Test
    void nqRunFromAnotherRootPrintsThatRootsAnswer() throws IOException {
        NqRun run = NqRun.of("run", REACH.toString(), "--param", "root=3");
        assertThat(run.exitCode()).as(run.err()).isZero();
        SampleTables.assertMatches(run.out(), SampleReferences.reach(EdgeCsvReader.read(SampleReferences.GRAPH), 3));
    }

    @Test
    void aParamThatSetsACountIsCheckedWhenTheProgramGetsItsValue() throws IOException {
        Path program = dir.resolve("rounds.nq");
        Files.writeString(program, """
                input a : (k: long);
                param n : int = 2;
                param least : long = 1;
                let r = iterate r = (from x in a select (k: x.k)) times n { from y in r select (k: y.k + 1) };
                let twice = r.threshold(least);
                output twice;
                """);
        Path a = dir.resolve("a.csv");
        Files.writeString(a, "k\n1\n5\n5\n");
        NqRun ok = NqRun.of("run", program.toString(), "--input", "a=" + a, "--param", "n=3", "--param", "least=2");
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(ok.out()).isEqualTo("twice:\nk\n-\n8\n(1 row)\n");
        NqRun rounds = NqRun.of("run", program.toString(), "--input", "a=" + a, "--param", "n=-1");
        assertThat(rounds.exitCode()).isEqualTo(2);
        assertThat(rounds.firstErrorLine()).isEqualTo("nq run: Invalid value for option '--param': the number of rounds"
                + " (times n) must be at least 0, but param 'n' makes it -1");
        NqRun least = NqRun.of("run", program.toString(), "--input", "a=" + a, "--param", "least=0");
        assertThat(least.firstErrorLine()).isEqualTo("nq run: Invalid value for option '--param': the count of"
                + " threshold(least) must be at least 1, but param 'least' makes it 0");
    }
}
