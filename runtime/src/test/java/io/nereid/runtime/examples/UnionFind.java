package io.nereid.runtime.examples;

/** The independent reference for connected components: union-find with path halving. */
final class UnionFind {
  private UnionFind() {}

  static long[] smallestIdPerComponent(long[] src, long[] dst, int nodes) {
    int[] parent = new int[nodes];
    for (int i = 0; i < nodes; i++) {
      parent[i] = i;
    }
    for (int e = 0; e < src.length; e++) {
      int a = find(parent, (int) src[e]);
      int b = find(parent, (int) dst[e]);
      if (a != b) {
        parent[Math.max(a, b)] = Math.min(a, b); // the root is always the smallest id
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
