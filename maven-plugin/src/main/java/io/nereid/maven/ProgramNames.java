package io.nereid.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.lang.model.SourceVersion;

/**
 * What an {@code .nq} file becomes, from its path relative to the source directory (as Java
 * sources under {@code src/main/java}): the directories are the package, after the configured
 * prefix ({@code com/acme/page-rank.nq} with prefix {@code app} is {@code app.com.acme}); the file
 * name is the class ({@code PageRank}); the dataflow, batch and vertex classes go in a package of
 * their own named after the file ({@code app.com.acme.page_rank_nq}), so programs never clash. A
 * program at the top of the source directory without a prefix goes in package {@code nq}.
 */
public record ProgramNames(String packageName, String className, String internalPackage) {
    public ProgramNames {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(internalPackage, "internalPackage");
    }

    /** The names of the program at {@code relativePath} ({@code /}-separated) under {@code packagePrefix} (may be empty). */
    public static ProgramNames of(String relativePath, String packagePrefix) {
        Objects.requireNonNull(relativePath, "relativePath");
        List<String> parts = new ArrayList<>(List.of(relativePath.split("/")));
        String file = parts.remove(parts.size() - 1);
        String stem = file.endsWith(".nq") ? file.substring(0, file.length() - 3) : file;
        List<String> pkg = new ArrayList<>();
        if (packagePrefix != null && !packagePrefix.isBlank()) {
            for (String p : packagePrefix.trim().split("\\.")) {
                pkg.add(identifier(p.toLowerCase(Locale.ROOT)));
            }
        }
        for (String dir : parts) {
            if (!dir.isEmpty() && !dir.equals(".")) {
                pkg.add(identifier(dir.toLowerCase(Locale.ROOT)));
            }
        }
        if (pkg.isEmpty()) {
            pkg.add("nq");
        }
        String packageName = String.join(".", pkg);
        String internal = packageName + "." + identifier(stem.toLowerCase(Locale.ROOT)) + "_nq";
        return new ProgramNames(packageName, upperCamel(stem), internal);
    }

    /** The binary name of the program class. */
    public String qualifiedName() {
        return packageName + "." + className;
    }

    /** {@code page-rank}, {@code page_rank} and {@code pageRank} are all {@code PageRank}. */
    static String upperCamel(String name) {
        StringBuilder sb = new StringBuilder();
        boolean up = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                up = true;
                continue;
            }
            sb.append(up ? Character.toUpperCase(c) : c);
            up = false;
        }
        String s = sb.length() == 0 ? "Program" : sb.toString();
        return Character.isJavaIdentifierStart(s.charAt(0)) ? s : "Nq" + s;
    }

    /** A legal Java identifier close to {@code name}: other characters become {@code _}, keywords get a {@code _}. */
    static String identifier(String name) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            sb.append(i == 0 ? (Character.isJavaIdentifierStart(c) ? c : (Character.isJavaIdentifierPart(c) ? "_" + c : "_"))
                    : (Character.isJavaIdentifierPart(c) ? c : '_'));
        }
        String s = sb.length() == 0 ? "_" : sb.toString();
        return SourceVersion.isKeyword(s) || s.equals("_") ? s + "_" : s;
    }
}
