package io.nereid.bench;

import java.util.Objects;

/**
 * A compressed sparse row adjacency of a directed graph over {@code int} node ids: the out-edges of
 * node {@code u} are {@code target[offset[u] .. offset[u+1]-1]}, and {@code edge[k]} is the index
 * of edge {@code k} in the original edge list (to look up its weight). Self-loops and duplicate
 * edges are kept, as the NQ programs keep them.
 */
public record Csr(int[] offset, int[] target, int[] edge) {

    /** Checks that the arrays fit together. */
    public Csr {
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(edge, "edge");
        if (offset.length == 0 || target.length != edge.length || offset[offset.length - 1] != target.length) {
            throw new IllegalArgumentException("offsets, targets and edge indexes do not fit together");
        }
    }

    /** The out-edges of {@code src[i] -> dst[i]}, by a counting sort on the source. */
    public static Csr outEdges(long[] src, long[] dst, int nodes) {
        if (src.length != dst.length) {
            throw new IllegalArgumentException("src and dst have different lengths");
        }
        int[] offset = new int[nodes + 1];
        for (long s : src) {
            offset[(int) s + 1]++;
        }
        for (int u = 0; u < nodes; u++) {
            offset[u + 1] += offset[u];
        }
        int[] fill = new int[nodes];
        System.arraycopy(offset, 0, fill, 0, nodes);
        int[] target = new int[src.length];
        int[] edge = new int[src.length];
        for (int e = 0; e < src.length; e++) {
            int k = fill[(int) src[e]]++;
            target[k] = (int) dst[e];
            edge[k] = e;
        }
        return new Csr(offset, target, edge);
    }

    /** The number of node ids. */
    public int nodes() {
        return offset.length - 1;
    }

    /** The out-degree of {@code u}. */
    public int degree(int u) {
        return offset[u + 1] - offset[u];
    }

    /** Which node ids occur at either end of an edge (the nodes the NQ programs know). */
    public static boolean[] present(long[] src, long[] dst, int nodes) {
        boolean[] present = new boolean[nodes];
        for (int e = 0; e < src.length; e++) {
            present[(int) src[e]] = true;
            present[(int) dst[e]] = true;
        }
        return present;
    }
}
