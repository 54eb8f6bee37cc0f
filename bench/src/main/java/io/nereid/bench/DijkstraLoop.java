package io.nereid.bench;

import io.nereid.datagen.EdgeList;

/**
 * The hand-written reference for single-source shortest paths ({@code samples/sssp/sssp.nq}):
 * Dijkstra's algorithm over CSR arrays with a binary heap (entries left in place when a shorter
 * distance is found, and skipped when they come out). Weights must not be negative.
 */
public final class DijkstraLoop {
    private DijkstraLoop() {}

    /** The least total weight of a path from {@code source} to each node it reaches. */
    public static KeyedAnswer distances(EdgeList g, long[] weights, int nodes, long source) {
        Csr csr = Csr.outEdges(g.src(), g.dst(), nodes);
        int[] offset = csr.offset();
        int[] target = csr.target();
        int[] edge = csr.edge();
        boolean[] present = Csr.present(g.src(), g.dst(), nodes);
        long[] dist = new long[nodes];
        java.util.Arrays.fill(dist, Long.MAX_VALUE);
        Heap heap = new Heap();
        if (source >= 0 && source < nodes && present[(int) source]) {
            dist[(int) source] = 0;
            heap.push(0, (int) source);
        }
        int reached = 0;
        boolean[] done = new boolean[nodes];
        while (heap.size > 0) {
            long d = heap.topKey();
            int u = heap.pop();
            if (done[u] || d > dist[u]) {
                continue;
            }
            done[u] = true;
            reached++;
            for (int k = offset[u], end = offset[u + 1]; k < end; k++) {
                int v = target[k];
                long w = weights[edge[k]];
                if (w < 0) {
                    throw new IllegalArgumentException("negative weight " + w + " on edge " + edge[k]);
                }
                long nd = d + w;
                if (nd < dist[v]) {
                    dist[v] = nd;
                    heap.push(nd, v);
                }
            }
        }
        long[] keys = new long[reached];
        double[] values = new double[reached];
        int i = 0;
        for (int u = 0; u < nodes; u++) {
            if (done[u]) {
                keys[i] = u;
                values[i++] = dist[u];
            }
        }
        return new KeyedAnswer("dist", keys, values);
    }

    /** A binary min-heap of (key, node) pairs in two parallel arrays. */
    private static final class Heap {
        private long[] keys = new long[1024];
        private int[] nodes = new int[1024];
        private int size;

        void push(long key, int node) {
            if (size == keys.length) {
                keys = java.util.Arrays.copyOf(keys, size * 2);
                nodes = java.util.Arrays.copyOf(nodes, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (keys[parent] <= key) {
                    break;
                }
                keys[i] = keys[parent];
                nodes[i] = nodes[parent];
                i = parent;
            }
            keys[i] = key;
            nodes[i] = node;
        }

        long topKey() {
            return keys[0];
        }

        int pop() {
            int top = nodes[0];
            size--;
            long key = keys[size];
            int node = nodes[size];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && keys[child + 1] < keys[child]) {
                    child++;
                }
                if (keys[child] >= key) {
                    break;
                }
                keys[i] = keys[child];
                nodes[i] = nodes[child];
                i = child;
            }
            keys[i] = key;
            nodes[i] = node;
            return top;
        }
    }
}
