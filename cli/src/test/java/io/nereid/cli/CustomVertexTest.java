package io.nereid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Custom Java vertices called from NQ through {@code nq run}: {@code Sessions} (per-user sessions
 * emitted when the time completes) and {@code FirstPerKey} (a dedup that emits eagerly), on
 * seeded random clicks, against references written as plain Java loops; and the errors a
 * program gets for a class that is not a vertex.
 */
class CustomVertexTest {
    private static final String PROGRAM = """
            import java io.nereid.cli.vertices.Sessions;
            import java io.nereid.cli.vertices.FirstPerKey;
            input clicks : (user: string, ts: long, page: string);
            param gap : long = 30;
            let sessions = clicks.apply(Sessions, 30);
            let firsts = (from c in clicks where c.ts >= 500L select (user: c.user, page: c.page)).apply(FirstPerKey);
            let users = from f in firsts select (user: f.user);
            output sessions to "sessions.csv";
            output firsts to "firsts.csv";
            output users to "users.csv";
            """;

    record Click(String user, long ts, String page) {
    }

    @TempDir
    Path dir;
    private final List<Click> clicks = new ArrayList<>();

    @BeforeEach
    void writeClicks() throws IOException {
        Random random = new Random(7);
        StringBuilder csv = new StringBuilder("user,ts,page\n");
        for (int i = 0; i < 3000; i++) {
            Click c = new Click("u" + random.nextInt(40), random.nextInt(20_000), "p" + random.nextInt(5));
            clicks.add(c);
            csv.append(c.user()).append(',').append(c.ts()).append(',').append(c.page()).append('\n');
        }
        Files.writeString(dir.resolve("clicks.csv"), csv);
        Files.writeString(dir.resolve("sessions.nq"), PROGRAM);
    }

    private static List<List<String>> readCsv(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
            reader.forEach(r -> rows.add(r.getFields()));
        }
        return rows.subList(1, rows.size());
    }

    /** The reference: each user's timestamps sorted, split where consecutive ones are more than 30 apart. */
    private Set<List<String>> referenceSessions() {
        Map<String, List<Long>> byUser = new HashMap<>();
        clicks.forEach(c -> byUser.computeIfAbsent(c.user(), u -> new ArrayList<>()).add(c.ts()));
        Set<List<String>> out = new HashSet<>();
        byUser.forEach((user, times) -> {
            times.sort(null);
            int start = 0;
            for (int i = 1; i <= times.size(); i++) {
                if (i == times.size() || times.get(i) - times.get(i - 1) > 30) {
                    out.add(List.of(user, times.get(start).toString(), times.get(i - 1).toString(),
                            Integer.toString(i - start)));
                    start = i;
                }
            }
        });
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--workers=1", "--workers=2", "--processes=2 --local --workers=2"})
    void sessionsAndFirstsMatchJavaLoops(String placement) throws IOException {
        List<String> args = new ArrayList<>(List.of("run", dir.resolve("sessions.nq").toString(),
                "--input", "clicks=" + dir.resolve("clicks.csv"),
                "--output", "sessions=" + dir.resolve("sessions.csv"),
                "--output", "firsts=" + dir.resolve("firsts.csv"),
                "--output", "users=" + dir.resolve("users.csv")));
        args.addAll(List.of(placement.split(" ")));
        NqRun run = NqRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();

        List<List<String>> sessions = readCsv(dir.resolve("sessions.csv"));
        assertThat(sessions).hasSize(new HashSet<>(sessions).size());
        assertThat(new HashSet<>(sessions)).isEqualTo(referenceSessions());

        Set<String> late = new TreeSet<>();
        Set<List<String>> latePairs = new HashSet<>();
        clicks.stream().filter(c -> c.ts() >= 500).forEach(c -> {
            late.add(c.user());
            latePairs.add(List.of(c.user(), c.page()));
        });
        List<List<String>> firsts = readCsv(dir.resolve("firsts.csv"));
        assertThat(firsts).hasSize(late.size());
        assertThat(latePairs).containsAll(firsts);
        Set<String> firstUsers = new TreeSet<>();
        firsts.forEach(r -> firstUsers.add(r.get(0)));
        assertThat(firstUsers).isEqualTo(late);
        assertThat(readCsv(dir.resolve("users.csv")).stream().map(r -> r.get(0)).sorted().toList())
                .containsExactlyElementsOf(late);
    }

    @Test
    void aClassThatIsNotAVertexIsReportedAtTheArgument() throws IOException {
        Path program = dir.resolve("bad.nq");
        Files.writeString(program, """
                import java java.lang.Math;
                input clicks : (user: string, ts: long, page: string);
                let x = clicks.apply(Math, 3);
                output x;
                """);
        NqRun run = NqRun.of("run", program.toString(), "--input", "clicks=" + dir.resolve("clicks.csv"));
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("bad.nq:3:22: error: Java class `java.lang.Math` does not implement"
                + " io.nereid.operators.custom.CustomVertex");
    }
}
