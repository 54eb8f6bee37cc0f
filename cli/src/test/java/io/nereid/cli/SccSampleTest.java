package io.nereid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scc sample (nested loops: fixpoints inside a fixpoint) through {@code nq run} on 1 worker,
 * 2 workers and 2 local processes of 2 workers: its printout must hold the strongly connected
 * components that Kosaraju's algorithm finds on the same file, and so must its expected.txt.
 */
class SccSampleTest {
    private static final Path DIR = SampleReferences.SAMPLES.resolve("scc");
    private static final Path PROGRAM = DIR.resolve("scc.nq");
    private static final Path GRAPH = DIR.resolve("graph.csv");

    private static NqRun run(String... options) {
        List<String> args = new ArrayList<>(List.of("run", PROGRAM.toString()));
        args.addAll(List.of(options));
        NqRun run = NqRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--workers=1", "--workers=2", "--processes=2 --local --workers=2"})
    void componentsMatchKosaraju(String placement) throws IOException {
        SampleTables.assertMatches(run(placement.split(" ")).out(), reference(GRAPH));
    }

    @Test
    void expectedTxtHoldsTheReferenceAndIsWhatTheDefaultRunPrints() throws IOException {
        String expected = Files.readString(DIR.resolve("expected.txt"));
        SampleTables.assertMatches(expected, reference(GRAPH));
        SampleTables.assertSamePrintout(run().out(), expected);
    }

    @Test
    void theBundledGraphHasSeveralNonTrivialComponentsAndIsSmall() throws IOException {
        assertThat(Files.size(GRAPH)).isLessThan(200_000);
        assertThat(reference(GRAPH).get("sizes")).hasSizeGreaterThan(5);
        assertThat(DIR.resolve("README.md")).isRegularFile();
    }

    /**
     * The outputs the program should print, by Kosaraju's algorithm: {@code sizes} (each
     * component of two nodes or more, named by its least node, and its size) and {@code
     * components} (each node of such a component and the component's name), sorted.
     */
    static Map<String, List<List<Object>>> reference(Path csv) throws IOException {
        Map<Long, List<Long>> out = new TreeMap<>();
        Map<Long, List<Long>> in = new HashMap<>();
        List<String> lines = Files.readAllLines(csv);
        for (String line : lines.subList(1, lines.size())) { // after the header
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",");
            long u = Long.parseLong(f[0].trim());
            long v = Long.parseLong(f[1].trim());
            out.computeIfAbsent(u, k -> new ArrayList<>()).add(v);
            out.computeIfAbsent(v, k -> new ArrayList<>());
            in.computeIfAbsent(v, k -> new ArrayList<>()).add(u);
            in.computeIfAbsent(u, k -> new ArrayList<>());
        }
        // 1. the order in which a depth-first search over the out-edges finishes the nodes
        List<Long> finished = new ArrayList<>();
        Map<Long, Boolean> seen = new HashMap<>();
        for (long start : out.keySet()) {
            if (seen.containsKey(start)) {
                continue;
            }
            seen.put(start, true);
            ArrayDeque<long[]> stack = new ArrayDeque<>(); // (node, index of its next out-edge)
            stack.push(new long[] {start, 0});
            while (!stack.isEmpty()) {
                long[] top = stack.peek();
                List<Long> next = out.get(top[0]);
                if (top[1] < next.size()) {
                    long w = next.get((int) top[1]++);
                    if (seen.putIfAbsent(w, true) == null) {
                        stack.push(new long[] {w, 0});
                    }
                } else {
                    finished.add(stack.pop()[0]);
                }
            }
        }
        // 2. in reverse finishing order, each search over the in-edges collects one component
        Map<Long, Long> root = new HashMap<>();
        for (int i = finished.size() - 1; i >= 0; i--) {
            long r = finished.get(i);
            if (root.containsKey(r)) {
                continue;
            }
            root.put(r, r);
            ArrayDeque<Long> todo = new ArrayDeque<>(List.of(r));
            while (!todo.isEmpty()) {
                for (long u : in.get(todo.pop())) {
                    if (root.putIfAbsent(u, r) == null) {
                        todo.push(u);
                    }
                }
            }
        }
        Map<Long, List<Long>> members = new HashMap<>();
        root.forEach((node, r) -> members.computeIfAbsent(r, k -> new ArrayList<>()).add(node));
        Map<Long, Long> sizes = new TreeMap<>();
        Map<Long, Long> component = new TreeMap<>();
        for (List<Long> m : members.values()) {
            if (m.size() < 2) {
                continue;
            }
            long least = m.stream().mapToLong(Long::longValue).min().orElseThrow();
            sizes.put(least, (long) m.size());
            m.forEach(node -> component.put(node, least));
        }
        Map<String, List<List<Object>>> tables = new LinkedHashMap<>();
        tables.put("sizes", rows(sizes));
        tables.put("components", rows(component));
        return tables;
    }

    private static List<List<Object>> rows(Map<Long, Long> sorted) {
        List<List<Object>> rows = new ArrayList<>();
        sorted.forEach((k, v) -> rows.add(List.of(k, v)));
        return rows;
    }
}
