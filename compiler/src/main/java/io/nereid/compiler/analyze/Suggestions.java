package io.nereid.compiler.analyze;

import io.nereid.compiler.diag.EditDistance;
import java.util.Collection;
import java.util.Optional;

/**
 * "Did you mean" hints: the candidate closest to a misspelt name by optimal-string-alignment
 * distance (insertions, deletions, substitutions and swaps of neighbours), if close enough.
 */
public final class Suggestions {
    private Suggestions() {
    }

    /** The closest candidate within distance 2 (1 for names of up to 3 characters), ties broken by order. */
    public static Optional<String> closest(String name, Collection<String> candidates) {
        int limit = name.length() <= 3 ? 1 : 2;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            if (c.equals(name)) {
                continue;
            }
            int d = EditDistance.between(name.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT));
            if (d <= limit && d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A hint {@code did you mean `x`?} or null when nothing is close. */
    static String didYouMean(String name, Collection<String> candidates) {
        return closest(name, candidates).map(c -> "did you mean `" + c + "`?").orElse(null);
    }
}
