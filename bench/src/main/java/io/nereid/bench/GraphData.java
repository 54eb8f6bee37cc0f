package io.nereid.bench;

import io.nereid.datagen.EdgeList;
import io.nereid.datagen.Rmat;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The graph every contender of one run gets: an R-MAT edge list, a weight per edge (for SSSP,
 * 1 to 100, drawn from the same seed), and the root of reachability and SSSP: the node with the
 * most out-edges (the smallest such id), so that the search reaches the big component rather
 * than whatever node 0 happens to be after R-MAT's permutation.
 */
public record GraphData(int scale, int edgeFactor, long seed, EdgeList edges, long[] weights, long root) {
    /** The largest edge weight. */
    public static final int MAX_WEIGHT = 100;

    /** Checks that there is one weight per edge. */
    public GraphData {
        Objects.requireNonNull(edges, "edges");
        Objects.requireNonNull(weights, "weights");
        if (weights.length != edges.size()) {
            throw new IllegalArgumentException("need one weight per edge, got " + weights.length + " for "
                    + edges.size() + " edges");
        }
    }

    /** Generates R-MAT scale {@code scale} with {@code edgeFactor * 2^scale} edges from {@code seed}. */
    public static GraphData generate(int scale, int edgeFactor, long seed) {
        EdgeList edges = Rmat.generate(scale, edgeFactor, seed);
        SplittableRandom random = new SplittableRandom(seed).split();
        long[] weights = new long[edges.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1 + random.nextInt(MAX_WEIGHT);
        }
        int nodes = Math.toIntExact(Rmat.nodeCount(scale));
        int[] outDegree = new int[nodes];
        for (long s : edges.src()) {
            outDegree[(int) s]++;
        }
        int root = 0;
        for (int u = 1; u < nodes; u++) {
            if (outDegree[u] > outDegree[root]) {
                root = u;
            }
        }
        return new GraphData(scale, edgeFactor, seed, edges, weights, root);
    }

    /** Node ids are {@code 0 .. nodeCount()-1} (not every one has an edge). */
    public int nodeCount() {
        return Math.toIntExact(Rmat.nodeCount(scale));
    }

    /** The rows {@code (src, dst)} for an NQ input, read from the arrays. */
    public EdgeRows rows() {
        return new EdgeRows(edges.src(), edges.dst(), null);
    }

    /** The rows {@code (src, dst, w)} for an NQ input, read from the arrays. */
    public EdgeRows weightedRows() {
        return new EdgeRows(edges.src(), edges.dst(), weights);
    }

    @Override
    public String toString() {
        return "R-MAT scale " + scale + ", edge factor " + edgeFactor + ", seed " + seed + ": " + nodeCount() + " node ids, "
                + edges.size() + " edges, root " + root;
    }
}
