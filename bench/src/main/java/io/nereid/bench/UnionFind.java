package io.nereid.bench;

/**
 * The independent check of connected components: union-find with path halving, the smaller id
 * always the root, so every node ends labelled with the smallest id of its component.
 */
public final class UnionFind {
    private UnionFind() {}

    /** Labels of nodes {@code 0 .. nodes-1}: the smallest id of each node's component. */
    public static long[] smallestIdPerComponent(long[] src, long[] dst, int nodes) {
        int[] parent = new int[nodes];
        for (int i = 0; i < nodes; i++) {
            parent[i] = i;
        }
        for (int e = 0; e < src.length; e++) {
            int a = find(parent, (int) src[e]);
            int b = find(parent, (int) dst[e]);
            if (a != b) {
                parent[Math.max(a, b)] = Math.min(a, b);
            }
        }
        long[] labels = new long[nodes];
        for (int i = 0; i < nodes; i++) {
            labels[i] = find(parent, i);
        }
        return labels;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
