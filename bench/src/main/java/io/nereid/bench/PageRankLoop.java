package io.nereid.bench;

import io.nereid.datagen.EdgeList;

/**
 * The hand-written reference for PageRank: a single-threaded loop over CSR arrays with the
 * semantics of {@code samples/pagerank/pagerank.nq}. The nodes are the ids at either end of an
 * edge; each starts at 1.0; each of the rounds gives node {@code v} the value
 * {@code 0.15 + 0.85 * sum(rank(u) / outdegree(u))} over its in-edges {@code (u, v)} (duplicates
 * and self-loops count), so a node without in-edges gets 0.15. Each node pushes
 * {@code rank / degree} along its out-edges.
 */
public final class PageRankLoop {
    /** The number of rounds of the sample. */
    public static final int ROUNDS = 20;

    private PageRankLoop() {}

    /** The rank of every node after {@code rounds} rounds: node id to rank. */
    public static KeyedAnswer ranks(EdgeList g, int nodes, int rounds) {
        Csr csr = Csr.outEdges(g.src(), g.dst(), nodes);
        boolean[] present = Csr.present(g.src(), g.dst(), nodes);
        int[] offset = csr.offset();
        int[] target = csr.target();
        double[] rank = new double[nodes];
        double[] sum = new double[nodes];
        int count = 0;
        for (int u = 0; u < nodes; u++) {
            if (present[u]) {
                rank[u] = 1.0;
                count++;
            }
        }
        for (int round = 0; round < rounds; round++) {
            java.util.Arrays.fill(sum, 0.0);
            for (int u = 0; u < nodes; u++) {
                int begin = offset[u];
                int end = offset[u + 1];
                if (begin == end) {
                    continue;
                }
                double share = rank[u] / (end - begin);
                for (int k = begin; k < end; k++) {
                    sum[target[k]] += share;
                }
            }
            for (int v = 0; v < nodes; v++) {
                rank[v] = present[v] ? 0.15 + 0.85 * sum[v] : 0.0;
            }
        }
        long[] keys = new long[count];
        double[] values = new double[count];
        int i = 0;
        for (int u = 0; u < nodes; u++) {
            if (present[u]) {
                keys[i] = u;
                values[i++] = rank[u];
            }
        }
        return new KeyedAnswer("ranks", keys, values);
    }
}
