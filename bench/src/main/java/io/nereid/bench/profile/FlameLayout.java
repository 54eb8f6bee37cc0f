package io.nereid.bench.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Where each frame of a flame graph goes, in samples rather than pixels: stacks that share their
 * outer frames are merged into one tree; a frame spans as many samples as passed through it, its
 * callees sit one level up, side by side from its left edge, in name order. So at every level the
 * frames never overlap, a frame's callees never span more than the frame itself, and the outermost
 * frames together span all samples.
 *
 * <p>Frames of fewer than {@code minFraction} of all samples are left out, with everything they
 * called (their samples still count in their callers' widths), so that a graph of many rare stacks
 * stays small.
 *
 * @param frames every frame kept, callers before their callees
 * @param total all samples (the width of the graph)
 * @param depth the number of levels (the deepest kept frame's depth + 1)
 * @param pruned how many frames were left out (not counting the callees of those left out)
 */
public record FlameLayout(List<Frame> frames, long total, int depth, int pruned) {
    /** One frame: its name, level (0 is outermost), first sample and number of samples. */
    public record Frame(String name, int depth, long start, long samples) {
        public Frame {
            Objects.requireNonNull(name, "name");
        }

        /** Its share of {@code total}, in percent. */
        public double percent(long total) {
            return total == 0 ? 0 : 100.0 * samples / total;
        }
    }

    public FlameLayout {
        frames = List.copyOf(frames);
    }

    /** Lays out {@code stacks}, leaving out frames under {@code minFraction} (0 to 1) of all samples. */
    public static FlameLayout of(FoldedStacks stacks, double minFraction) {
        Objects.requireNonNull(stacks, "stacks");
        if (!(minFraction >= 0 && minFraction < 1)) {
            throw new IllegalArgumentException("minFraction must be in [0, 1), was " + minFraction);
        }
        Node root = new Node("");
        for (Map.Entry<List<String>, Long> e : stacks.counts().entrySet()) {
            Node n = root;
            n.samples += e.getValue();
            for (String frame : e.getKey()) {
                n = n.children.computeIfAbsent(frame, Node::new);
                n.samples += e.getValue();
            }
        }
        double least = minFraction * root.samples;
        List<Frame> frames = new ArrayList<>();
        int[] depthAndPruned = new int[2];
        place(root, -1, 0, least, frames, depthAndPruned);
        return new FlameLayout(frames, root.samples, depthAndPruned[0], depthAndPruned[1]);
    }

    private static void place(Node node, int depth, long start, double least, List<Frame> out, int[] depthAndPruned) {
        if (depth >= 0) {
            out.add(new Frame(node.name, depth, start, node.samples));
            depthAndPruned[0] = Math.max(depthAndPruned[0], depth + 1);
        }
        long x = start;
        for (Node child : node.children.values()) {
            if (child.samples < least || child.samples == 0) {
                depthAndPruned[1]++;
            } else {
                place(child, depth + 1, x, least, out, depthAndPruned);
            }
            x += child.samples;
        }
    }

    /** A frame of the merged tree while it is built. */
    private static final class Node {
        final String name;
        final Map<String, Node> children = new TreeMap<>();
        long samples;

        Node(String name) {
            this.name = name;
        }
    }
}
