package io.nereid.cli;

import io.nereid.datagen.EdgeCsvWriter;
import io.nereid.datagen.Rmat;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code nq gen rmat}: writes a seeded R-MAT graph (Graph500 parameters, node ids randomly
 * permuted) as {@code src,dst} CSV, streaming it so that large scales need little memory.
 */
@Command(
        name = "rmat",
        mixinStandardHelpOptions = true,
        description = {
            "Generate a seeded R-MAT graph (Graph500 parameters a=0.57 b=0.19 c=0.19 d=0.05) as src,dst CSV.",
            "It has 2^S nodes, numbered 0..2^S-1 in a random order, and F*2^S directed edges.",
        },
        footer = {"", "Example: nq gen rmat --scale 10 --edge-factor 8 --seed 42 --out rmat-10.csv"})
final class GenRmatCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--scale", required = true, paramLabel = "S",
            description = "Scale: the graph has 2^S nodes (1 to " + Rmat.MAX_SCALE + ").")
    private int scale;

    @Option(names = "--edge-factor", paramLabel = "F", defaultValue = "16",
            description = "Edge factor: the graph has F*2^S edges (default: ${DEFAULT-VALUE}).")
    private int edgeFactor;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "The CSV file to write (replaced if it exists), or - for standard output.")
    private String out;

    @Override
    public Integer call() {
        long edges = checkedEdgeCount();
        boolean toStdout = out.equals("-");
        Path file = toStdout ? null : outPath();
        OutputStream stream = toStdout ? unclosable(System.out) : open(file);
        try (EdgeCsvWriter writer = new EdgeCsvWriter(stream)) {
            Rmat.generate(scale, edgeFactor, seed, writer);
        } catch (IOException e) {
            if (file != null) {
                deleteQuietly(file); // we created it: do not leave half a graph behind
            }
            throw cannotWrite(e);
        }
        PrintWriter report = toStdout ? spec.commandLine().getErr() : spec.commandLine().getOut();
        report.printf("wrote %d edges over %d nodes (R-MAT scale %d, edge factor %d, seed %d) to %s%n",
                edges, Rmat.nodeCount(scale), scale, edgeFactor, seed, toStdout ? "standard output" : out);
        report.flush();
        return Main.EXIT_OK;
    }

    private long checkedEdgeCount() {
        if (scale < 1 || scale > Rmat.MAX_SCALE) {
            throw usage("Invalid value for option '--scale': " + scale + " is out of range, expected 1 to "
                    + Rmat.MAX_SCALE);
        }
        if (edgeFactor < 1) {
            throw usage("Invalid value for option '--edge-factor': " + edgeFactor
                    + " is out of range, expected at least 1");
        }
        try {
            return Rmat.edgeCount(scale, edgeFactor);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private Path outPath() {
        try {
            return Path.of(out);
        } catch (InvalidPathException e) {
            throw usage("Invalid value for option '--out': '" + out + "' is not a file name: " + e.getReason());
        }
    }

    private OutputStream open(Path file) {
        try {
            return Files.newOutputStream(file);
        } catch (IOException e) {
            throw cannotWrite(e);
        }
    }

    private ParameterException cannotWrite(IOException e) {
        String reason;
        if (e instanceof NoSuchFileException) {
            reason = "its directory does not exist (create it first)";
        } else if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e.getMessage() != null && Files.isDirectory(outPath())) {
            reason = "it is a directory (name a file inside it)";
        } else {
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return usage("Cannot write --out '" + out + "': " + reason);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException | RuntimeException ignored) {
            // The write error is what the user needs to see.
        }
    }

    private static OutputStream unclosable(OutputStream stream) {
        return new FilterOutputStream(stream) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
