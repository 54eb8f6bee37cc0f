package io.nereid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every sample of {@code samples/} through {@code nq run}: on 1 worker, 2 workers and 2 local
 * processes of 2 workers each, its printout must hold the answer of an independent Java
 * reference ({@link SampleReferences}); its bundled {@code expected.txt} must hold that answer
 * too, and be what a run with the defaults prints.
 */
class SampleProgramsTest {
    static final List<String> SAMPLES = List.of("wordcount", "pagerank", "cc", "reach", "sssp", "triangles",
            "transitive-closure");
    static final List<String> PLACEMENTS = List.of("--workers=1", "--workers=2", "--processes=2 --local --workers=2");

    static Stream<Arguments> runs() {
        return SAMPLES.stream().flatMap(s -> PLACEMENTS.stream().map(p -> Arguments.of(s, p)));
    }

    private static Path program(String sample) {
        return SampleReferences.SAMPLES.resolve(sample).resolve(sample + ".nq");
    }

    private static NqRun run(String sample, String... options) {
        List<String> args = new ArrayList<>(List.of("run", program(sample).toString()));
        args.addAll(List.of(options));
        NqRun run = NqRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("runs")
    void sampleMatchesItsReference(String sample, String placement) {
        NqRun run = run(sample, placement.split(" "));
        SampleTables.assertMatches(run.out(), SampleReferences.of(sample));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"wordcount", "pagerank", "cc", "reach", "sssp", "triangles", "transitive-closure"})
    void expectedTxtHoldsTheReferenceAndIsWhatTheDefaultRunPrints(String sample) throws IOException {
        String expected = Files.readString(SampleReferences.SAMPLES.resolve(sample).resolve("expected.txt"));
        SampleTables.assertMatches(expected, SampleReferences.of(sample));
        SampleTables.assertSamePrintout(run(sample).out(), expected);
    }

    /** The samples of {@code samples/}: every folder NAME with a program NAME.nq. */
    private static List<String> allSamples() throws IOException {
        try (Stream<Path> dirs = Files.list(SampleReferences.SAMPLES)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve(d.getFileName() + ".nq")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void everySampleHasItsFiles() throws IOException {
        assertThat(allSamples()).containsAll(SAMPLES);
        for (String sample : allSamples()) {
            Path dir = SampleReferences.SAMPLES.resolve(sample);
            assertThat(dir.resolve("README.md")).as(sample).isRegularFile();
            assertThat(dir.resolve("expected.txt")).as(sample).isRegularFile();
        }
    }

    @Test
    void theSamplesTableListsEverySample() throws IOException {
        String table = Files.readString(SampleReferences.SAMPLES.resolve("README.md"));
        for (String sample : allSamples()) {
            assertThat(table).as("samples/README.md lists " + sample).contains("| [" + sample + "](" + sample + "/) |");
        }
    }

    @Test
    void ssspFromAnotherSourceMatchesDijkstra() throws IOException {
        NqRun run = run("sssp", "--param", "source=5", "--workers", "2");
        SampleTables.assertMatches(run.out(),
                SampleReferences.sssp(SampleReferences.SAMPLES.resolve("sssp").resolve("roads.csv"), 5));
    }

    @Test
    void reachFromAnotherRootMatchesBreadthFirstSearch() throws IOException {
        NqRun run = run("reach", "--param", "root=7", "--workers", "2");
        SampleTables.assertMatches(run.out(),
                SampleReferences.reach(io.nereid.datagen.EdgeCsvReader.read(SampleReferences.GRAPH), 7));
    }
}
