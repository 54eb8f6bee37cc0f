package io.nereid.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Content hashes (SHA-256, hex) that decide whether a program must be generated again: the hash of
 * the generator's own code (the jars or class directories of the compiler and of this plugin, so a
 * new Nereid regenerates everything, even at the same version) and of each program's text.
 */
final class Fingerprints {
    private Fingerprints() {
    }

    /** The hash of the code that generates programs. */
    static String generator() {
        MessageDigest d = digest();
        for (Class<?> c : List.of(io.nereid.compiler.codegen.CodeGenerator.class, ApiGenerator.class)) {
            CodeSource cs = c.getProtectionDomain().getCodeSource();
            if (cs == null || cs.getLocation() == null) {
                update(d, c.getName());
                continue;
            }
            try {
                Path p = Path.of(cs.getLocation().toURI());
                if (Files.isDirectory(p)) {
                    try (Stream<Path> files = Files.walk(p)) {
                        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                            update(d, p.relativize(f).toString());
                            hashFile(d, f);
                        }
                    }
                } else {
                    hashFile(d, p);
                }
            } catch (URISyntaxException | IllegalArgumentException e) {
                update(d, cs.getLocation().toString());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the generator's code at " + cs.getLocation(), e);
            }
        }
        return HexFormat.of().formatHex(d.digest());
    }

    /** The hash of {@code parts}, each length-prefixed so that no two lists share one. */
    static String of(String... parts) {
        MessageDigest d = digest();
        for (String p : parts) {
            update(d, p);
        }
        return HexFormat.of().formatHex(d.digest());
    }

    private static void update(MessageDigest d, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        d.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
        d.update((byte) ':');
        d.update(b);
    }

    private static void hashFile(MessageDigest d, Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                d.update(buf, 0, n);
            }
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
