package io.nereid.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Peak memory of PageRank: each contender runs once in a child JVM of its own ({@link
 * MemoryProbe}), both with the same flags and {@code -Xmx}, and reports the peak resident memory
 * of its whole process ({@code VmHWM}): what the operating system had to give it, heap, garbage
 * not yet collected, metaspace, JIT and javac included. The resident memory after generating the
 * graph (the same arrays in both) is reported too, so that what each contender added on top of
 * it can be compared as well.
 */
final class PeakMemory {
    private static final Pattern LINE = Pattern.compile(
            "MEMORY baseline_kib=(\\d+) hwm_kib=(\\d+) rows=(\\d+) sum=(\\S+)");

    private PeakMemory() {}

    /** What one child reported. */
    record Probe(long baselineKib, long hwmKib, int rows, double sum) {}

    /** Whether this system reports peak resident memory (Linux). */
    static boolean available() {
        return Files.isReadable(Path.of("/proc/self/status"));
    }

    /** Runs {@code contender} in a child JVM with {@code -Xmx<heap>} and returns what it reported. */
    static Probe run(Contender contender, GraphData g, Path pagerank, String heap) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx" + heap, "-Xss8m", "-cp",
                System.getProperty("java.class.path"), MemoryProbe.class.getName(), contender.label(),
                Integer.toString(g.scale()), Integer.toString(g.edgeFactor()), Long.toString(g.seed()),
                pagerank.toAbsolutePath().toString()));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output;
            try (InputStream in = p.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("the memory probe of " + contender.label() + " did not finish");
            }
            Matcher m = LINE.matcher(output);
            if (p.exitValue() != 0 || !m.find()) {
                throw new IllegalStateException("the memory probe of " + contender.label() + " failed (exit "
                        + p.exitValue() + "):\n" + output.strip());
            }
            return new Probe(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Integer.parseInt(m.group(3)),
                    Double.parseDouble(m.group(4)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the memory probe: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the memory probe", e);
        }
    }

    /** Checks a probe's answer against the loop's (row count and sum of ranks). */
    static void check(Contender contender, Probe probe, KeyedAnswer expected) {
        double scale = Math.max(1, Math.abs(expected.sum()));
        if (probe.rows() != expected.size() || Math.abs(probe.sum() - expected.sum()) > 1e-9 * scale) {
            throw new BenchmarkCheckException(String.format(Locale.ROOT,
                    "pagerank (memory probe): %s answered %d ranks summing to %.12g, the loop %d summing to %.12g",
                    contender.description(), probe.rows(), probe.sum(), expected.size(), expected.sum()));
        }
    }
}
