package io.nereid.bench.profile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Sampled call stacks folded into counts: one entry per distinct stack, its frames from the
 * outermost (the thread's first frame) to the innermost, with how many samples had exactly that
 * stack. Written as the usual interchange text, one line per stack: the frames joined by
 * {@code ;}, a space, the count (the format flame-graph tools read and write).
 *
 * <p>Immutable; {@link Builder} folds stacks one sample (or one count) at a time.
 */
public final class FoldedStacks {
    private final Map<List<String>, Long> counts;
    private final long total;

    private FoldedStacks(Map<List<String>, Long> counts) {
        this.counts = Collections.unmodifiableMap(counts);
        this.total = counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Every distinct stack (outermost frame first) and its samples, in a stable (sorted) order. */
    public Map<List<String>, Long> counts() {
        return counts;
    }

    /** All samples. */
    public long total() {
        return total;
    }

    /** Whether there is no sample at all. */
    public boolean isEmpty() {
        return total == 0;
    }

    /** The folded text: {@code a;b;c 12}, one line per stack, each ending with a newline. */
    public String format() {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<List<String>, Long> e : counts.entrySet()) {
            text.append(String.join(";", e.getKey())).append(' ').append(e.getValue()).append('\n');
        }
        return text.toString();
    }

    /**
     * Reads folded text back. A line is {@code frame;frame;... COUNT}; blank lines are skipped.
     *
     * @throws IllegalArgumentException naming the line when one has no count or no frame
     */
    public static FoldedStacks parse(String text) {
        Builder b = builder();
        String[] lines = Objects.requireNonNull(text, "text").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            long count;
            try {
                count = space < 0 ? -1 : Long.parseLong(line.substring(space + 1));
            } catch (NumberFormatException e) {
                count = -1;
            }
            if (space <= 0 || count < 0) {
                throw new IllegalArgumentException("folded stacks, line " + (i + 1) + ": expected 'frame;frame;... COUNT', "
                        + "got '" + line + "'");
            }
            b.add(List.of(line.substring(0, space).split(";", -1)), count);
        }
        return b.build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FoldedStacks f && f.counts.equals(counts);
    }

    @Override
    public int hashCode() {
        return counts.hashCode();
    }

    @Override
    public String toString() {
        return counts.size() + " stacks, " + total + " samples";
    }

    /** Folds stacks; a frame's {@code ;} and line breaks become {@code :} and spaces, so the text stays readable. */
    public static final class Builder {
        private final Map<List<String>, Long> counts = new TreeMap<>(Builder::compareStacks);

        private Builder() {}

        /** Adds {@code count} samples of {@code stack} (outermost frame first, at least one frame). */
        public Builder add(List<String> stack, long count) {
            Objects.requireNonNull(stack, "stack");
            if (stack.isEmpty()) {
                throw new IllegalArgumentException("a stack needs at least one frame");
            }
            if (count < 0) {
                throw new IllegalArgumentException("a count cannot be negative, was " + count);
            }
            if (count == 0) {
                return this;
            }
            List<String> frames = new ArrayList<>(stack.size());
            for (String frame : stack) {
                String clean = Objects.requireNonNull(frame, "frame").replace(';', ':').replace('\n', ' ').replace('\r', ' ');
                frames.add(clean.isBlank() ? "?" : clean);
            }
            counts.merge(List.copyOf(frames), count, Long::sum);
            return this;
        }

        /** The stacks folded so far. */
        public FoldedStacks build() {
            TreeMap<List<String>, Long> copy = new TreeMap<>(Builder::compareStacks);
            copy.putAll(counts);
            return new FoldedStacks(copy);
        }

        private static int compareStacks(List<String> a, List<String> b) {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                int c = a.get(i).compareTo(b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a.size(), b.size());
        }
    }
}
