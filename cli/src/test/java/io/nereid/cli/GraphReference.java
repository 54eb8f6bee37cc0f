package io.nereid.cli;

import io.nereid.datagen.EdgeList;
import java.util.HashSet;
import java.util.Set;

/** Independent answers about graphs for the CLI tests: union-find, not Nereid. */
final class GraphReference {
    private GraphReference() {}

    /** The number of connected components of nodes {@code 0 .. nodes-1}, edges taken as undirected. */
    static int componentCount(EdgeList g, int nodes) {
        int[] parent = new int[nodes];
        for (int i = 0; i < nodes; i++) {
            parent[i] = i;
        }
        for (int e = 0; e < g.size(); e++) {
            parent[find(parent, (int) g.src()[e])] = find(parent, (int) g.dst()[e]);
        }
        Set<Integer> roots = new HashSet<>();
        for (int i = 0; i < nodes; i++) {
            roots.add(find(parent, i));
        }
        return roots.size();
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            x = parent[x] = parent[parent[x]];
        }
        return x;
    }
}
