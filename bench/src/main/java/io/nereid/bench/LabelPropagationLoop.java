package io.nereid.bench;

/**
 * The reference for connected components: label propagation as a single-threaded loop over
 * arrays. It builds a CSR adjacency (both directions of every edge), starts every node with its
 * own id, and repeatedly pushes the labels of the nodes that changed to their neighbours, keeping
 * the smaller label, with a worklist of changed nodes (updates are seen at once within a pass).
 * The result labels each node with the smallest id of its component, as the runtime's
 * {@link io.nereid.runtime.examples.ConnectedComponents} does.
 */
public final class LabelPropagationLoop {
    private LabelPropagationLoop() {}

    /** Labels of nodes {@code 0 .. nodes-1} of the undirected graph of edges {@code (src[i], dst[i])}. */
    public static long[] labels(long[] src, long[] dst, int nodes) {
        if (src.length != dst.length) {
            throw new IllegalArgumentException("src and dst have different lengths");
        }
        int[] offsets = new int[nodes + 1];
        for (int e = 0; e < src.length; e++) {
            if (src[e] != dst[e]) {
                offsets[(int) src[e] + 1]++;
                offsets[(int) dst[e] + 1]++;
            }
        }
        for (int u = 0; u < nodes; u++) {
            offsets[u + 1] += offsets[u];
        }
        int[] adjacency = new int[offsets[nodes]];
        int[] fill = new int[nodes];
        System.arraycopy(offsets, 0, fill, 0, nodes);
        for (int e = 0; e < src.length; e++) {
            int a = (int) src[e];
            int b = (int) dst[e];
            if (a != b) {
                adjacency[fill[a]++] = b;
                adjacency[fill[b]++] = a;
            }
        }
        int[] label = new int[nodes];
        int[] work = new int[nodes];
        int[] next = new int[nodes];
        boolean[] queued = new boolean[nodes];
        int workCount = 0;
        for (int u = 0; u < nodes; u++) {
            label[u] = u;
            if (offsets[u + 1] > offsets[u]) {
                work[workCount++] = u;
            }
        }
        while (workCount > 0) {
            int nextCount = 0;
            for (int k = 0; k < workCount; k++) {
                int u = work[k];
                int l = label[u];
                for (int e = offsets[u], end = offsets[u + 1]; e < end; e++) {
                    int v = adjacency[e];
                    if (l < label[v]) {
                        label[v] = l;
                        if (!queued[v]) {
                            queued[v] = true;
                            next[nextCount++] = v;
                        }
                    }
                }
            }
            for (int k = 0; k < nextCount; k++) {
                queued[next[k]] = false;
            }
            int[] t = work;
            work = next;
            next = t;
            workCount = nextCount;
        }
        long[] result = new long[nodes];
        for (int u = 0; u < nodes; u++) {
            result[u] = label[u];
        }
        return result;
    }
}
