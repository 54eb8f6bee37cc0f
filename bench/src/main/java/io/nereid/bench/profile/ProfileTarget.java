package io.nereid.bench.profile;

import java.util.Objects;

/**
 * One thing to profile: the name its files get ({@code pagerank-s18-w1}), what it is in words
 * (the image's title), and one run of it, which checks its own answer (and throws when it is
 * wrong) so that a profile is never of a run that computed nonsense.
 */
public record ProfileTarget(String name, String description, Runnable run) {
    public ProfileTarget {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(run, "run");
    }
}
