package io.nereid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code samples/threshold} through {@code nq run}, against a count of the call log written as a
 * plain Java loop: the frequent links (pairs seen at least {@code min_calls} times) and the hubs
 * (callees of at least two frequent links), with 1 worker, 2 workers and 2 local processes.
 */
class ThresholdSampleTest {
    private static final Path SAMPLE = Path.of("..", "samples", "threshold");

    @TempDir
    Path dir;

    record Answer(Set<List<String>> frequent, Set<List<String>> hubs) {
    }

    /** The reference: count every (caller, callee) of calls.csv, keep those seen at least minCalls times. */
    static Answer reference(long minCalls) throws IOException {
        Map<List<String>, Long> calls = new HashMap<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(SAMPLE.resolve("calls.csv"))) {
            boolean header = true;
            for (CsvRecord r : reader) {
                if (!header) {
                    calls.merge(List.of(r.getField(0), r.getField(1)), 1L, Long::sum);
                }
                header = false;
            }
        }
        Set<List<String>> frequent = new TreeSet<>(ThresholdSampleTest::compare);
        calls.forEach((pair, n) -> {
            if (n >= minCalls) {
                frequent.add(pair);
            }
        });
        Map<String, Integer> callers = new HashMap<>();
        frequent.forEach(pair -> callers.merge(pair.get(1), 1, Integer::sum));
        Set<List<String>> hubs = new TreeSet<>(ThresholdSampleTest::compare);
        callers.forEach((service, n) -> {
            if (n >= 2) {
                hubs.add(List.of(service));
            }
        });
        return new Answer(frequent, hubs);
    }

    private static int compare(List<String> a, List<String> b) {
        return String.join("\u0000", a).compareTo(String.join("\u0000", b));
    }

    private static Set<List<String>> readCsv(Path file) throws IOException {
        Set<List<String>> rows = new TreeSet<>(ThresholdSampleTest::compare);
        List<List<String>> all = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
            reader.forEach(r -> all.add(r.getFields()));
        }
        rows.addAll(all.subList(1, all.size()));
        assertThat(rows).as("rows of %s are distinct", file).hasSize(all.size() - 1);
        return rows;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--workers=1", "--workers=2", "--processes=2 --local --workers=2"})
    void frequentLinksAndHubsMatchAJavaCount(String placement) throws IOException {
        for (long minCalls : new long[] {3, 5}) {
            Answer expected = reference(minCalls);
            List<String> args = new ArrayList<>(List.of("run", SAMPLE.resolve("threshold.nq").toString(),
                    "--param", "min_calls=" + minCalls,
                    "--output", "frequent=" + dir.resolve("frequent.csv"), "--output", "hubs=" + dir.resolve("hubs.csv")));
            args.addAll(List.of(placement.split(" ")));
            NqRun run = NqRun.of(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(expected.frequent()).as("the sample has frequent links").hasSizeGreaterThan(3);
            assertThat(readCsv(dir.resolve("frequent.csv"))).as("frequent, min_calls=%d", minCalls)
                    .isEqualTo(expected.frequent());
            assertThat(readCsv(dir.resolve("hubs.csv"))).as("hubs, min_calls=%d", minCalls).isEqualTo(expected.hubs());
        }
    }

    @Test
    void expectedTxtIsWhatTheSamplePrintsAndHoldsTheReferenceRows() throws IOException {
        List<String> expectedTxt = Files.readAllLines(SAMPLE.resolve("expected.txt"));
        NqRun run = NqRun.of("run", SAMPLE.resolve("threshold.nq").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsExactlyElementsOf(expectedTxt);

        Answer answer = reference(3);
        Map<String, Set<List<String>>> printed = new HashMap<>();
        int i = 0;
        while (i < expectedTxt.size()) {
            String title = expectedTxt.get(i);
            Set<List<String>> rows = new TreeSet<>(ThresholdSampleTest::compare);
            printed.put(title, rows);
            i += 3; // the title, the header and the rule under it
            while (!expectedTxt.get(i).startsWith("(")) {
                rows.add(List.of(expectedTxt.get(i++).split("\\|")).stream().map(String::strip).toList());
            }
            i += 2; // the row count and the blank line between outputs
        }
        Set<List<String>> printedFrequent = printed.get("frequent:");
        Set<List<String>> printedHubs = printed.get("hubs:");
        assertThat(printedFrequent).isEqualTo(answer.frequent());
        assertThat(printedHubs).isEqualTo(answer.hubs());
    }
}
