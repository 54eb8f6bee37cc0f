package io.nereid.cli;

import io.nereid.datagen.Tpch;
import io.nereid.datagen.TpchTableFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code nq gen tpch}: writes the eight TPC-H tables as {@code dbgen}-style {@code .tbl} files
 * into a directory, streaming them so that large scale factors need little memory.
 */
@Command(
        name = "tpch",
        mixinStandardHelpOptions = true,
        description = {
            "Generate the eight TPC-H tables as dbgen-style .tbl files ('|' after every field):",
            "region, nation, supplier, customer, part, partsupp, orders and lineitem.",
            "Scale factor 1 is about 1 GB (6 million line items); 0.01 is about 10 MB.",
        },
        footer = {"", "Example: nq gen tpch --scale-factor 0.1 --out tpch-0.1"})
final class GenTpchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--scale-factor", required = true, paramLabel = "SF",
            description = "TPC-H scale factor, at least 0.0001 (1 gives about 1 GB).")
    private double scaleFactor;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The directory to write into (created if missing; files of the same names are replaced).")
    private String out;

    @Override
    public Integer call() {
        try {
            Tpch.checkScaleFactor(scaleFactor);
        } catch (IllegalArgumentException e) {
            throw usage("Invalid value for option '--scale-factor': " + e.getMessage());
        }
        Path dir = outDirectory();
        long start = System.nanoTime();
        List<TpchTableFile> files;
        try {
            files = Tpch.generate(scaleFactor, dir);
        } catch (IOException e) {
            throw cannotWrite(e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long rows = 0;
        long bytes = 0;
        PrintWriter report = spec.commandLine().getOut();
        for (TpchTableFile file : files) {
            report.printf("  %-13s %,12d rows %,15d bytes%n", file.table().fileName(), file.rows(), file.bytes());
            rows += file.rows();
            bytes += file.bytes();
        }
        report.printf("wrote %d TPC-H tables (scale factor %s, %,d rows, %,d bytes) to %s in %.1f s%n",
                files.size(), scaleFactorText(), rows, bytes, out, seconds);
        report.flush();
        return Main.EXIT_OK;
    }

    /** The output directory, created with its parents if missing. */
    private Path outDirectory() {
        Path dir;
        try {
            dir = Path.of(out);
        } catch (InvalidPathException e) {
            throw usage("Invalid value for option '--out': '" + out + "' is not a directory name: " + e.getReason());
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw usage("Cannot write --out '" + out + "': it is a file, not a directory (name a directory)");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw cannotWrite(e);
        }
        return dir;
    }

    private ParameterException cannotWrite(IOException e) {
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            reason = "a directory on the way does not exist";
        } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
            reason = fs.getReason();
        } else {
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return usage("Cannot write --out '" + out + "': " + reason);
    }

    private String scaleFactorText() {
        return scaleFactor == Math.rint(scaleFactor) ? Long.toString((long) scaleFactor) : Double.toString(scaleFactor);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
