package io.nereid.bench.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A profile on disk: {@code NAME.svg}, the flame graph, and {@code NAME.folded}, every sampled
 * stack with its count (nothing pruned), for other flame-graph tools or a diff of two profiles.
 */
public final class FlameGraphFiles {
    /** What was written: the two files and the layout drawn. */
    public record Written(Path svg, Path folded, FlameLayout layout) {
        public Written {
            Objects.requireNonNull(svg, "svg");
            Objects.requireNonNull(folded, "folded");
            Objects.requireNonNull(layout, "layout");
        }
    }

    private FlameGraphFiles() {}

    /**
     * Writes {@code stacks} into {@code dir} as {@code name.svg} and {@code name.folded}; the image
     * leaves out frames under {@code minFraction} of all samples.
     */
    public static Written write(Path dir, String name, FoldedStacks stacks, double minFraction, String title,
            List<String> notes) throws IOException {
        Objects.requireNonNull(dir, "dir");
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("a profile name is letters, digits, '.', '_' and '-', was '" + name + "'");
        }
        if (stacks.isEmpty()) {
            throw new IllegalArgumentException("no samples to draw for " + name);
        }
        FlameLayout layout = FlameLayout.of(stacks, minFraction);
        Files.createDirectories(dir);
        Path svg = dir.resolve(name + ".svg");
        Path folded = dir.resolve(name + ".folded");
        Files.writeString(svg, FlameSvg.render(layout, title, notes), StandardCharsets.UTF_8);
        Files.writeString(folded, stacks.format(), StandardCharsets.UTF_8);
        return new Written(svg, folded, layout);
    }
}
