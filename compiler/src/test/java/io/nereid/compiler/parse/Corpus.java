package io.nereid.compiler.parse;

import io.nereid.compiler.diag.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The corpus of valid NQ programs in {@code src/test/resources/programs}, shared by the parser tests. */
public final class Corpus {
    private Corpus() {
    }

    /** The folder of the corpus. */
    public static Path folder() {
        String basedir = System.getProperty("basedir", System.getProperty("user.dir"));
        return Path.of(basedir, "src", "test", "resources", "programs");
    }

    /** Every {@code *.nq} file of the corpus, sorted by name. */
    public static List<Path> programs() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".nq")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A corpus file as a source named by its file name (so messages do not depend on the checkout path). */
    public static SourceFile source(Path program) {
        try {
            return SourceFile.of(program.getFileName().toString(), Files.readString(program));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The program name without {@code .nq}. */
    public static String name(Path program) {
        String file = program.getFileName().toString();
        return file.substring(0, file.length() - ".nq".length());
    }
}
