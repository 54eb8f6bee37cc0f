package io.nereid.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The child JVM of {@link PeakMemory}: generates the graph, notes the process's resident memory,
 * runs one contender of PageRank once, and prints one line with the peak resident memory of the
 * process ({@code VmHWM} of {@code /proc/self/status}) and a fingerprint of the answer:
 * {@code MEMORY baseline_kib=... hwm_kib=... rows=... sum=...}.
 *
 * <p>Arguments: {@code CONTENDER SCALE EDGE_FACTOR SEED PAGERANK_NQ} (contender {@code loop} or
 * {@code nereid-1}).
 */
public final class MemoryProbe {
    private MemoryProbe() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            System.err.println("usage: MemoryProbe loop|nereid-1 SCALE EDGE_FACTOR SEED PAGERANK_NQ");
            System.exit(2);
        }
        Contender contender = Contender.of(args[0]);
        GraphData graph = GraphData.generate(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Long.parseLong(args[3]));
        System.gc();
        long baseline = statusKib("VmHWM");
        KeyedAnswer answer = switch (contender) {
            case LOOP -> GraphWorkload.PAGERANK.loop(graph);
            case NEREID_1 -> {
                NereidProgram program = NereidProgram.compile(Path.of(args[4]), Map.of());
                yield KeyedAnswer.of("ranks", program.run(GraphWorkload.PAGERANK.inputs(graph), 1).table("ranks"));
            }
            default -> throw new IllegalArgumentException("the memory probe runs loop or nereid-1, not " + args[0]);
        };
        long peak = statusKib("VmHWM");
        System.out.printf(Locale.ROOT, "MEMORY baseline_kib=%d hwm_kib=%d rows=%d sum=%.17g%n", baseline, peak,
                answer.size(), answer.sum());
    }

    /** A {@code kB} field of {@code /proc/self/status}, e.g. {@code VmHWM}. */
    static long statusKib(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.substring(field.length() + 1).trim().split("\\s+")[0]);
            }
        }
        throw new IOException("/proc/self/status has no " + field);
    }
}
