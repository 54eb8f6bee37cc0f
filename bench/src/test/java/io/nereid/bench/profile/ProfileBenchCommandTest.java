package io.nereid.bench.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.bench.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * {@code nq bench profile} on tiny inputs: it writes a parseable flame graph and its folded
 * stacks, in which the generated code of the program shows up; bad values are usage errors.
 */
@Timeout(300)
class ProfileBenchCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        CommandLine c = Main.commandLine();
        c.setOut(new PrintWriter(out, true));
        c.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("profile"));
        all.addAll(List.of(args));
        return c.execute(all.toArray(String[]::new));
    }

    private String[] tiny(String... more) {
        List<String> args = new ArrayList<>(List.of("--scale", "10", "--edge-factor", "4", "--warmup", "0", "--repeat", "1",
                "--min-seconds", "1", "--period-ms", "1", "--out", dir.toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void pageRankIsProfiledIntoAnImageAndFoldedStacks() throws Exception {
        int code = run(tiny("--workloads", "pagerank"));
        assertThat(code).as(err.toString()).isEqualTo(Main.EXIT_OK);
        Path svg = dir.resolve("pagerank-s10-w1.svg");
        Path folded = dir.resolve("pagerank-s10-w1.folded");
        assertThat(out.toString()).contains("pagerank-s10-w1: ", " samples", "wrote " + svg);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        var doc = f.newDocumentBuilder().parse(svg.toFile());
        assertThat(doc.getElementsByTagNameNS("*", "title").getLength()).isPositive();
        assertThat(doc.getDocumentElement().getTextContent()).contains("nq bench profile: pagerank (samples/pagerank/pagerank.nq)");
        FoldedStacks stacks = FoldedStacks.parse(Files.readString(folded));
        assertThat(stacks.total()).isPositive();
        assertThat(stacks.counts().keySet()).anyMatch(s -> s.get(0).startsWith("[nereid-worker-0]"))
                .anyMatch(s -> s.stream().anyMatch(frame -> frame.startsWith("nq.generated.")));
    }

    @Test
    void onlyTheChosenThreadsAreKept() throws Exception {
        int code = run(tiny("--workloads", "reach", "--threads", "nereid-worker-"));
        assertThat(code).as(err.toString()).isEqualTo(Main.EXIT_OK);
        FoldedStacks stacks = FoldedStacks.parse(Files.readString(dir.resolve("reach-s10-w1.folded")));
        assertThat(stacks.counts().keySet()).isNotEmpty().allMatch(s -> s.get(0).equals("[nereid-worker-0]"));
    }

    @Test
    void aTpchQueryIsProfiledToo() throws Exception {
        int code = run(tiny("--workloads", "tpch-q6", "--tpch-sf", "0.01", "--workers", "2"));
        assertThat(code).as(err.toString()).isEqualTo(Main.EXIT_OK);
        assertThat(Files.readString(dir.resolve("tpch-q6-sf0.01-w2.svg"))).contains("TPC-H q6 (samples/tpch/q6.nq)");
    }

    @Test
    void threadsThatDoNotExistGiveAClearMessage() {
        int code = run(tiny("--workloads", "cc", "--threads", "no-such-thread"));
        assertThat(code).isEqualTo(Main.EXIT_USAGE);
        assertThat(err.toString()).startsWith("nq bench profile: cc-s10-w1: no CPU samples (jdk.ExecutionSample) in ")
                .contains("no thread name starts with 'no-such-thread'");
        assertThat(dir.resolve("cc-s10-w1.svg")).doesNotExist();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--workloads spark   | nq bench profile: --workloads: no workload 'spark'; choose from [pagerank, cc, reach, sssp, tpch-q1",
        "--scale 0           | nq bench profile: --scale must be between 1 and 30, was 0",
        "--workers 0         | nq bench profile: --workers must be at least 1, was 0",
        "--period-ms 0       | nq bench profile: --period-ms must be at least 1, was 0",
        "--min-percent 100   | nq bench profile: --min-percent must be in [0, 100), was 100.0",
        "--repeat 0          | nq bench profile: --warmup must be >= 0, --repeat >= 1 and --min-seconds >= 0",
    })
    void badValuesAreUsageErrors(String args, String message) {
        assertThat(run(args.split(" "))).isEqualTo(Main.EXIT_USAGE);
        assertThat(err.toString()).startsWith(message).contains("Usage: nq bench profile");
        assertThat(out.toString()).isEmpty();
    }
}
