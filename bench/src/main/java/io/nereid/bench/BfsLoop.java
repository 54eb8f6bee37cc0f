package io.nereid.bench;

import io.nereid.datagen.EdgeList;

/**
 * The hand-written reference for reachability ({@code samples/reach/reach.nq}): breadth-first
 * search from the root along directed edges over CSR arrays, answered as the sample answers, with
 * the number of nodes at each distance. The root counts (at distance 0) when it has an edge.
 */
public final class BfsLoop {
    private BfsLoop() {}

    /** Distance to node count, for the nodes reachable from {@code root}. */
    public static KeyedAnswer levels(EdgeList g, int nodes, long root) {
        Csr csr = Csr.outEdges(g.src(), g.dst(), nodes);
        int[] offset = csr.offset();
        int[] target = csr.target();
        boolean[] present = Csr.present(g.src(), g.dst(), nodes);
        int[] dist = new int[nodes];
        java.util.Arrays.fill(dist, -1);
        int[] queue = new int[nodes];
        int head = 0;
        int tail = 0;
        if (root >= 0 && root < nodes && present[(int) root]) {
            dist[(int) root] = 0;
            queue[tail++] = (int) root;
        }
        long[] perLevel = new long[16];
        int levels = 0;
        while (head < tail) {
            int u = queue[head++];
            int d = dist[u];
            if (d >= perLevel.length) {
                perLevel = java.util.Arrays.copyOf(perLevel, perLevel.length * 2);
            }
            perLevel[d]++;
            levels = Math.max(levels, d + 1);
            for (int k = offset[u], end = offset[u + 1]; k < end; k++) {
                int v = target[k];
                if (dist[v] < 0) {
                    dist[v] = d + 1;
                    queue[tail++] = v;
                }
            }
        }
        long[] keys = new long[levels];
        double[] values = new double[levels];
        for (int d = 0; d < levels; d++) {
            keys[d] = d;
            values[d] = perLevel[d];
        }
        return new KeyedAnswer("levels", keys, values);
    }
}
