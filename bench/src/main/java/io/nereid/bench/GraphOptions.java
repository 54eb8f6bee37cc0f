package io.nereid.bench;

import io.nereid.datagen.Rmat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options {@code nq bench run} and {@code nq bench peers} share (a picocli mixin): the graph,
 * the runs, DuckDB's threads, where the samples are, and the hidden {@code --corrupt}, which spoils
 * a contender's answer on purpose to show that the checks catch it.
 */
final class GraphOptions {
    @Option(names = "--scale", paramLabel = "S", defaultValue = "20",
            description = "R-MAT scale: 2^S node ids (default: ${DEFAULT-VALUE}).")
    int scale;

    @Option(names = "--edge-factor", paramLabel = "F", defaultValue = "16",
            description = "R-MAT edge factor: F*2^S edges (default: ${DEFAULT-VALUE}).")
    int edgeFactor;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "R-MAT seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--repeat", paramLabel = "R", defaultValue = "3",
            description = "Measured runs of each contender (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--warmup", paramLabel = "W", defaultValue = "1",
            description = "Unmeasured warm-up runs before them (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--duckdb-threads", paramLabel = "N", defaultValue = "" + DuckDbTpch.DEFAULT_THREADS,
            description = "DuckDB threads (default: ${DEFAULT-VALUE}).")
    int duckDbThreads;

    @Option(names = "--no-duckdb", description = "Leave DuckDB out (the ratios to the loop only).")
    boolean noDuckDb;

    @Option(names = "--samples", paramLabel = "DIR",
            description = "The samples directory (default: found from the working directory upwards).")
    Path samples;

    @Option(names = "--workloads", paramLabel = "NAME", split = ",",
            description = "Run only these graph workloads: pagerank, cc, reach, sssp (default: all the command has).")
    List<String> workloads = new ArrayList<>();

    @Option(names = "--corrupt", paramLabel = "CONTENDER", split = ",", hidden = true,
            description = "Spoil these contenders' answers (nereid-1, nereid-2, loop, duckdb) to see the checks fail.")
    List<String> corrupt = new ArrayList<>();

    /** Checks the values; a problem is a usage error of {@code spec}'s command. */
    GraphSuite.Options check(CommandSpec spec) {
        if (scale < 1 || scale > Rmat.MAX_SCALE) {
            throw new ParameterException(spec.commandLine(), "--scale must be between 1 and " + Rmat.MAX_SCALE
                    + ", was " + scale);
        }
        try {
            Rmat.edgeCount(scale, edgeFactor);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--edge-factor: " + e.getMessage());
        }
        if (repeat < 1) {
            throw new ParameterException(spec.commandLine(), "--repeat must be at least 1, was " + repeat);
        }
        if (warmup < 0) {
            throw new ParameterException(spec.commandLine(), "--warmup must not be negative, was " + warmup);
        }
        if (duckDbThreads < 1) {
            throw new ParameterException(spec.commandLine(), "--duckdb-threads must be at least 1, was " + duckDbThreads);
        }
        Set<Contender> spoiled = EnumSet.noneOf(Contender.class);
        for (String c : corrupt) {
            try {
                spoiled.add(Contender.of(c));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--corrupt: " + e.getMessage());
            }
        }
        return new GraphSuite.Options(scale, edgeFactor, seed, warmup, repeat, duckDbThreads, !noDuckDb, spoiled);
    }

    /** {@code all}, or the ones {@code --workloads} names (each must be one of {@code all}). */
    List<GraphWorkload> workloads(CommandSpec spec, List<GraphWorkload> all) {
        if (workloads.isEmpty()) {
            return all;
        }
        List<GraphWorkload> chosen = new ArrayList<>();
        for (String name : workloads) {
            GraphWorkload w = all.stream().filter(x -> x.label().equals(name)).findFirst()
                    .orElseThrow(() -> new ParameterException(spec.commandLine(), "--workloads: no workload '" + name
                            + "'; choose from " + all.stream().map(GraphWorkload::label).toList()));
            if (!chosen.contains(w)) {
                chosen.add(w);
            }
        }
        return chosen;
    }

    /** The samples directory, as a usage error when it cannot be found. */
    SampleFiles samples(CommandSpec spec) {
        try {
            return SampleFiles.locate(samples);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
