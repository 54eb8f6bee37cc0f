package io.nereid.compiler.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Golden-file assertions: compares text with {@code compiler/src/test/resources/golden/<kind>/<name>.txt}.
 * Run the tests with {@code -Dnereid.bless=true} to (re)write the goldens instead of failing
 * (review the diff with git afterwards); a missing golden is written on first run.
 */
public final class Golden {
    /** The system property that turns comparison into rewriting. */
    public static final String BLESS_PROPERTY = "nereid.bless";

    private Golden() {
    }

    /** The golden folder, resolved against the module directory (Surefire's working directory). */
    public static Path root() {
        String basedir = System.getProperty("basedir", System.getProperty("user.dir"));
        return Path.of(basedir, "src", "test", "resources", "golden");
    }

    /** Where the golden of a kind and name lives. */
    public static Path path(String kind, String name) {
        return root().resolve(kind).resolve(name + ".txt");
    }

    /** Whether this run rewrites goldens. */
    public static boolean blessing() {
        return Boolean.getBoolean(BLESS_PROPERTY);
    }

    /**
     * Asserts that {@code actual} equals the golden {@code <kind>/<name>.txt}; rewrites the golden
     * instead when blessing or when it does not exist yet.
     */
    public static void assertMatches(String kind, String name, String actual) {
        assertMatches(root(), kind, name, actual, blessing());
    }

    /** As {@link #assertMatches(String, String, String)}, under another golden folder (for tests of this class). */
    static void assertMatches(Path root, String kind, String name, String actual, boolean bless) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(actual, "actual");
        String normalized = normalize(actual);
        Path file = root.resolve(kind).resolve(name + ".txt");
        try {
            if (bless || !Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, normalized, StandardCharsets.UTF_8);
                return;
            }
            String expected = normalize(Files.readString(file, StandardCharsets.UTF_8));
            assertThat(normalized)
                    .as("golden %s differs; if the change is intended, re-bless with "
                            + "mvn -B -q -pl compiler -am test -Dnereid.bless=true", file)
                    .isEqualTo(expected);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write golden " + file, e);
        }
    }

    private static String normalize(String text) {
        String unix = text.replace("\r\n", "\n");
        return unix.endsWith("\n") ? unix : unix + "\n";
    }
}
