package io.nereid.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the sample programs are: the {@code samples} directory of the Nereid checkout, given with
 * {@code --samples} or found from the working directory upwards (so that {@code ./nq bench} works
 * from the checkout's root and the tests work from {@code bench/}).
 */
public record SampleFiles(Path dir) {

    public SampleFiles {
        Objects.requireNonNull(dir, "dir");
    }

    /** {@code given} when set, else the first {@code samples} directory from the working directory up. */
    public static SampleFiles locate(Path given) {
        if (given != null) {
            if (!Files.isDirectory(given)) {
                throw new IllegalArgumentException("the samples directory '" + given + "' does not exist");
            }
            return new SampleFiles(given.toAbsolutePath().normalize());
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("samples");
            if (Files.isRegularFile(candidate.resolve("pagerank").resolve("pagerank.nq"))) {
                return new SampleFiles(candidate);
            }
        }
        throw new IllegalArgumentException("cannot find the samples directory (samples/pagerank/pagerank.nq) from '"
                + Path.of("").toAbsolutePath() + "' upwards; give it with --samples DIR");
    }

    /** The sample file {@code relative} (e.g. {@code sssp/sssp.nq}), if it exists. */
    public Optional<Path> find(String relative) {
        Path p = dir.resolve(relative);
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    /** The sample file {@code relative}, which must exist. */
    public Path require(String relative) {
        return find(relative).orElseThrow(() -> new IllegalArgumentException("the sample " + dir.resolve(relative)
                + " does not exist"));
    }

    /** The root of the checkout (the samples directory's parent). */
    public Path checkout() {
        return dir.getParent();
    }
}
