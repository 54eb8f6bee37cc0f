package io.nereid.bench;

import io.nereid.datagen.EdgeList;

/**
 * Connected components answered as {@code samples/cc/cc.nq} answers: one row per component, its
 * label (the smallest node id in it) and its number of nodes, counting only the ids that occur in
 * an edge (R-MAT leaves many ids without one; the NQ program never sees those).
 */
public final class ComponentSizes {
    private ComponentSizes() {}

    /** Component sizes from a label per node id ({@code labels[u]} = smallest id in u's component). */
    public static KeyedAnswer of(long[] labels, EdgeList g) {
        int nodes = labels.length;
        boolean[] present = Csr.present(g.src(), g.dst(), nodes);
        long[] count = new long[nodes];
        int components = 0;
        for (int u = 0; u < nodes; u++) {
            if (present[u]) {
                int label = Math.toIntExact(labels[u]);
                if (count[label]++ == 0) {
                    components++;
                }
            }
        }
        long[] keys = new long[components];
        double[] values = new double[components];
        int i = 0;
        for (int label = 0; label < nodes; label++) {
            if (count[label] > 0) {
                keys[i] = label;
                values[i++] = count[label];
            }
        }
        return new KeyedAnswer("sizes", keys, values);
    }

    /** The loop's answer: label propagation over arrays ({@link LabelPropagationLoop}). */
    public static KeyedAnswer byLabelPropagation(EdgeList g, int nodes) {
        return of(LabelPropagationLoop.labels(g.src(), g.dst(), nodes), g);
    }
}
