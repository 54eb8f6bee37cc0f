package io.nereid.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.datagen.EdgeCsvReader;
import io.nereid.datagen.EdgeList;
import io.nereid.samples.wordcount.Wordcount;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The samples as nereid-maven-plugin compiles them into this module: the typed Java API and the
 * generated mains (run as separate JVMs, as {@code java -cp ... io.nereid.samples.cc.Cc} would),
 * against references written as plain Java loops.
 */
@Timeout(120)
class CompiledSamplesTest {
    private static final Path GRAPH = Path.of("graphs", "rmat-10.csv");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {1, 3})
    void wordcountsTypedApiCountsWordsAsALoopDoes(int workers) {
        List<Wordcount.Docs> docs = List.of(
                new Wordcount.Docs(1, "the Sea and the  sky"),
                new Wordcount.Docs(2, "a sea of DATA"),
                new Wordcount.Docs(3, ""));
        Map<String, Long> expected = new TreeMap<>();
        for (Wordcount.Docs d : docs) {
            for (String w : d.text().split(" ")) {
                if (!w.isEmpty()) {
                    expected.merge(w.toLowerCase(Locale.ROOT), 1L, Long::sum);
                }
            }
        }
        Wordcount.Result result = Wordcount.run(docs, workers);
        Map<String, Long> actual = new TreeMap<>();
        for (Wordcount.Counts c : result.counts()) {
            assertThat(actual.put(c.word(), c.n())).as("word %s appears once", c.word()).isNull();
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void ccsGeneratedMainWritesTheComponentSizesOfUnionFind() throws Exception {
        EdgeList g = EdgeCsvReader.read(GRAPH);
        Map<Long, Long> parent = new HashMap<>();
        for (int i = 0; i < g.size(); i++) {
            parent.putIfAbsent(g.src()[i], g.src()[i]);
            parent.putIfAbsent(g.dst()[i], g.dst()[i]);
        }
        for (int i = 0; i < g.size(); i++) {
            long a = find(parent, g.src()[i]);
            long b = find(parent, g.dst()[i]);
            parent.put(Math.max(a, b), Math.min(a, b));
        }
        List<String> expected = new ArrayList<>();
        expected.add("label,nodes");
        Map<Long, Long> sizes = new TreeMap<>();
        for (long node : parent.keySet()) {
            sizes.merge(find(parent, node), 1L, Long::sum);
        }
        sizes.forEach((label, n) -> expected.add(label + "," + n));
        Path out = dir.resolve("sizes.csv");

        Run run = java("io.nereid.samples.cc.Cc", "--input", "edges=" + GRAPH, "--output", "sizes=" + out,
                "--workers", "2");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("wrote " + sizes.size() + (sizes.size() == 1 ? " row" : " rows") + " of sizes to "
                + out);
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).containsExactlyElementsOf(expected);
    }

    @Test
    void reachsGeneratedMainTakesTheRootAsAParamAndMatchesBreadthFirstSearch() throws Exception {
        EdgeList g = EdgeCsvReader.read(GRAPH);
        for (long root : new long[] {0, 7}) {
            Path out = dir.resolve("levels-" + root + ".csv");
            Run run = java("io.nereid.samples.reach.Reach", "--input", "edges=" + GRAPH, "--param", "root=" + root,
                    "--output", "levels=" + out);
            assertThat(run.exit()).as(run.err()).isZero();
            List<String> lines = new ArrayList<>(Files.readAllLines(out, StandardCharsets.UTF_8));
            assertThat(lines.remove(0)).isEqualTo("dist,nodes");
            lines.sort(java.util.Comparator.comparingLong(l -> Long.parseLong(l.split(",")[0])));
            assertThat(lines).as("levels from root %d", root).isEqualTo(levels(g, root));
        }
        Run bad = java("io.nereid.samples.reach.Reach", "--input", "edges=" + GRAPH, "--param", "root=seven");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err().lines().findFirst().orElse("")).isEqualTo("reach: Invalid value for option '--param':"
                + " 'seven' is not a long (param 'root' is declared long)");
    }

    /** Breadth-first search from {@code root} over the directed edges: {@code dist,nodes} per distance. */
    private static List<String> levels(EdgeList g, long root) {
        Map<Long, List<Long>> out = new HashMap<>();
        boolean present = false;
        for (int i = 0; i < g.size(); i++) {
            out.computeIfAbsent(g.src()[i], k -> new ArrayList<>()).add(g.dst()[i]);
            present |= g.src()[i] == root || g.dst()[i] == root;
        }
        Map<Long, Long> dist = new HashMap<>();
        java.util.ArrayDeque<Long> queue = new java.util.ArrayDeque<>();
        if (present) {
            dist.put(root, 0L);
            queue.add(root);
        }
        while (!queue.isEmpty()) {
            long u = queue.poll();
            for (long v : out.getOrDefault(u, List.of())) {
                if (dist.putIfAbsent(v, dist.get(u) + 1) == null) {
                    queue.add(v);
                }
            }
        }
        Map<Long, Long> counts = new TreeMap<>();
        dist.values().forEach(d -> counts.merge(d, 1L, Long::sum));
        List<String> lines = new ArrayList<>();
        counts.forEach((d, n) -> lines.add(d + "," + n));
        return lines;
    }

    @Test
    void aGeneratedMainReportsAMissingInputFileAsAUsageError() throws Exception {
        Run run = java("io.nereid.samples.cc.Cc", "--input", "edges=" + dir.resolve("missing.csv"));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines().findFirst().orElse("")).isEqualTo("cc: Cannot read input 'edges' from '"
                + dir.resolve("missing.csv") + "': no such file");
    }

    private static long find(Map<Long, Long> parent, long x) {
        long root = x;
        while (parent.get(root) != root) {
            root = parent.get(root);
        }
        return root;
    }

    private record Run(int exit, String out, String err) {}

    private Run java(String mainClass, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xss8m",
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(100, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(mainClass + " did not finish");
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
