package io.nereid.cli;

import io.nereid.datagen.CsvFormatException;
import io.nereid.datagen.EdgeCsvReader;
import io.nereid.datagen.EdgeList;
import io.nereid.runtime.exec.ComputationException;
import io.nereid.runtime.exec.Config;
import io.nereid.runtime.examples.ConnectedComponents;
import io.nereid.runtime.examples.LoopCount;
import io.nereid.runtime.examples.WordCount;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import io.nereid.launcher.cluster.ClusterOptions;
import io.nereid.launcher.cluster.ClusterRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nq example}: programs written directly against the runtime API (hand-written vertices),
 * run on bundled or generated data.
 */
@Command(
        name = "example",
        mixinStandardHelpOptions = true,
        description = "Run a program written directly against the timely dataflow runtime.",
        subcommands = {ExampleCommand.Cc.class, ExampleCommand.Words.class, ExampleCommand.Loop.class})
final class ExampleCommand {

    /** Options every example has. */
    static class Common {
        @Spec
        CommandSpec spec;

        @Option(names = "--workers", paramLabel = "N", defaultValue = "1",
                description = "Worker threads (default: ${DEFAULT-VALUE}).")
        int workers;

        Config config() {
            if (workers < 1 || workers > 1024) {
                throw new ParameterException(spec.commandLine(),
                        "Invalid value for option '--workers': " + workers + " is out of range, expected 1 to 1024");
            }
            return Config.workers(workers);
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        ParameterException cannotRead(Path file, IOException e) {
            String reason = e instanceof NoSuchFileException ? "no such file" : String.valueOf(e.getMessage());
            return new ParameterException(spec.commandLine(), "Cannot read '" + file + "': " + reason);
        }

        /** A failed computation: the runtime's message names the stage, worker and time. */
        int failed(ComputationException e) {
            spec.commandLine().getErr().println("nq example " + spec.name() + ": " + e.getMessage());
            return 1;
        }
    }

    @Command(name = "cc", mixinStandardHelpOptions = true,
            description = "Connected components by label propagation on a src,dst CSV graph.",
            footer = {"", "Example: nq example cc samples/graphs/rmat-10.csv --workers 2",
                "         nq example cc samples/graphs/rmat-10.csv --processes 2 --local"})
    static final class Cc extends Common implements Callable<Integer> {
        @Parameters(paramLabel = "EDGES.csv", description = "The graph: a src,dst CSV file (as nq gen rmat writes).")
        Path file;

        @Mixin
        ClusterOptions cluster;

        @Override
        public Integer call() {
            Config config = config();
            EdgeList edges;
            try {
                edges = EdgeCsvReader.read(file);
            } catch (CsvFormatException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            } catch (IOException e) {
                throw cannotRead(file, e);
            }
            long max = edges.maxNodeId();
            if (max >= Integer.MAX_VALUE - 8) {
                throw new ParameterException(spec.commandLine(), "node ids up to " + max
                        + " are too large for this example: it indexes nodes densely (ids below 2^31)");
            }
            int nodes = (int) (max + 1);
            return ClusterRun.run(spec, cluster, config.workers(), c -> {
                long start = System.nanoTime();
                long[] labels;
                try {
                    labels = ConnectedComponents.run(edges.src(), edges.dst(), nodes, c);
                } catch (ComputationException e) {
                    return failed(e);
                }
                if (c.isLeader()) {
                    report(edges, nodes, labels, (System.nanoTime() - start) / 1e6, c.config());
                }
                return Main.EXIT_OK;
            });
        }

        private void report(EdgeList edges, int nodes, long[] labels, double ms, Config config) {
            Map<Long, Integer> sizes = new HashMap<>();
            for (long l : labels) {
                sizes.merge(l, 1, Integer::sum);
            }
            List<Map.Entry<Long, Integer>> largest = new ArrayList<>(sizes.entrySet());
            largest.sort(Map.Entry.<Long, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            PrintWriter out = out();
            String placement = config.processes() == 1
                    ? config.workers() + " worker" + (config.workers() == 1 ? "" : "s")
                    : config.processes() + " processes x " + config.workers() + " worker" + (config.workers() == 1 ? "" : "s");
            out.printf("%d edges, %d nodes: %d connected components (%.1f ms, %s)%n",
                    edges.size(), nodes, sizes.size(), ms, placement);
            out.println("largest components (label = smallest node id):");
            out.printf("  %12s %10s%n", "label", "nodes");
            for (Map.Entry<Long, Integer> e : largest.subList(0, Math.min(5, largest.size()))) {
                out.printf("  %12d %10d%n", e.getKey(), e.getValue());
            }
            out.flush();
        }
    }

    @Command(name = "wordcount", mixinStandardHelpOptions = true,
            description = "Word count over epochs: every LINES lines of the file form one epoch.")
    static final class Words extends Common implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "A text file.")
        Path file;

        @Option(names = "--lines-per-epoch", paramLabel = "LINES", defaultValue = "1000",
                description = "Lines per epoch (default: ${DEFAULT-VALUE}).")
        int linesPerEpoch;

        @Option(names = "--top", paramLabel = "K", defaultValue = "5",
                description = "Words to show per epoch (default: ${DEFAULT-VALUE}).")
        int top;

        @Override
        public Integer call() {
            Config config = config();
            if (linesPerEpoch < 1) {
                throw new ParameterException(spec.commandLine(), "--lines-per-epoch must be at least 1");
            }
            List<String> lines;
            try {
                lines = Files.readAllLines(file);
            } catch (IOException e) {
                throw cannotRead(file, e);
            }
            List<List<String>> epochs = new ArrayList<>();
            for (int i = 0; i < lines.size(); i += linesPerEpoch) {
                epochs.add(lines.subList(i, Math.min(lines.size(), i + linesPerEpoch)));
            }
            PrintWriter out = out();
            try {
                WordCount.run(epochs, config, (epoch, counts) -> {
                    List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
                    sorted.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()));
                    out.printf("epoch %d: %d distinct words; top: %s%n", epoch, counts.size(),
                            sorted.subList(0, Math.min(top, sorted.size())));
                    out.flush();
                });
            } catch (ComputationException e) {
                return failed(e);
            }
            return Main.EXIT_OK;
        }
    }

    @Command(name = "loop", mixinStandardHelpOptions = true,
            description = "A loop counting to N: values go around a loop, exchanged between workers, one step per iteration.")
    static final class Loop extends Common implements Callable<Integer> {
        @Option(names = "--to", paramLabel = "N", defaultValue = "1000", description = "Count to N (default: ${DEFAULT-VALUE}).")
        long n;

        @Mixin
        ClusterOptions cluster;

        @Override
        public Integer call() {
            Config config = config();
            if (n < 0) {
                throw new ParameterException(spec.commandLine(), "--to must be at least 0");
            }
            long[] starts = {0, n / 2, n};
            return ClusterRun.run(spec, cluster, config.workers(), c -> {
                long start = System.nanoTime();
                Map<Long, Integer> reached;
                try {
                    reached = LoopCount.run(starts, n, c);
                } catch (ComputationException e) {
                    return failed(e);
                }
                double ms = (System.nanoTime() - start) / 1e6;
                if (c.isLeader()) {
                    out().printf("values %s reached %d after at most %s iterations (%.1f ms, %.2f us per iteration)%n",
                            Arrays.toString(starts), n, reached.get(n), ms, n == 0 ? 0.0 : ms * 1000 / n);
                    out().flush();
                }
                return Main.EXIT_OK;
            });
        }
    }
}

