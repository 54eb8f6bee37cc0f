package io.nereid.maven;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Include and exclude patterns in Maven's (Ant's) style, matched against paths relative to the
 * source directory with {@code /} separators: {@code *} is any part of one name, {@code ?} one
 * character, {@code **} any number of directories (none included: {@code **}{@code /*.nq} matches
 * {@code a.nq}). A pattern ending in {@code /} means everything under that directory.
 */
public final class AntPatterns {
    private final List<Pattern> includes;
    private final List<Pattern> excludes;

    /** Matches what some include matches and no exclude does. */
    public AntPatterns(List<String> includes, List<String> excludes) {
        this.includes = Objects.requireNonNull(includes, "includes").stream().map(AntPatterns::compile).toList();
        this.excludes = Objects.requireNonNull(excludes, "excludes").stream().map(AntPatterns::compile).toList();
    }

    /** Whether {@code relativePath} ({@code /}-separated) is selected. */
    public boolean matches(String relativePath) {
        return includes.stream().anyMatch(p -> p.matcher(relativePath).matches())
                && excludes.stream().noneMatch(p -> p.matcher(relativePath).matches());
    }

    static Pattern compile(String antPattern) {
        String p = antPattern.trim().replace('\\', '/');
        if (p.endsWith("/")) {
            p = p + "**";
        }
        StringBuilder re = new StringBuilder();
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (p.startsWith("**/", i)) {
                re.append("(?:.*/)?");
                i += 3;
            } else if (p.startsWith("**", i)) {
                re.append(".*");
                i += 2;
            } else if (c == '*') {
                re.append("[^/]*");
                i++;
            } else if (c == '?') {
                re.append("[^/]");
                i++;
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return Pattern.compile(re.toString());
    }
}
