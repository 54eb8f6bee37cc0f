package io.nereid.datagen;

import java.io.IOException;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Seeded R-MAT graph generator with the Graph500 parameters a=0.57, b=0.19, c=0.19, d=0.05.
 *
 * <p>A graph of scale {@code S} and edge factor {@code F} has {@code 2^S} nodes, numbered
 * {@code 0 .. 2^S-1}, and exactly {@code F * 2^S} directed edges. Each edge picks one quadrant of
 * the adjacency matrix per level (top left with probability a, top right b, bottom left c, bottom
 * right d), which yields the skewed degree distribution of real graphs. Node ids are then renamed
 * by a seeded random permutation, so that a node's id says nothing about its degree. As in
 * Graph500, self loops and repeated edges are kept.
 *
 * <p>The output is a function of {@code (scale, edgeFactor, seed)} only: the edges are generated
 * in fixed chunks, each with its own random stream split off the seed, so the result does not
 * depend on how many threads generate it. No object is allocated per edge.
 */
public final class Rmat {

    /** Probability of the top-left quadrant (both ids take a 0 bit). */
    public static final double A = 0.57;
    /** Probability of the top-right quadrant (source bit 0, destination bit 1). */
    public static final double B = 0.19;
    /** Probability of the bottom-left quadrant (source bit 1, destination bit 0). */
    public static final double C = 0.19;
    /** Probability of the bottom-right quadrant (both ids take a 1 bit). */
    public static final double D = 1.0 - A - B - C;

    /** The largest supported scale: node ids must index a Java array for the permutation. */
    public static final int MAX_SCALE = 30;

    /** Edges per chunk; each chunk has its own random stream. Changing it changes the output. */
    static final int CHUNK = 1 << 16;

    // Quadrant thresholds on a uniform 32-bit draw u: u < T_A is a, < T_AB is b, < T_ABC is c.
    private static final long T_A = Math.round(A * 0x1p32);
    private static final long T_AB = Math.round((A + B) * 0x1p32);
    private static final long T_ABC = Math.round((A + B + C) * 0x1p32);

    private final int scale;
    private final int edgeCount;
    private final int[] permutation;
    private final SplittableRandom[] chunkRandoms;

    private Rmat(int scale, int edgeFactor, long seed) {
        this.scale = scale;
        this.edgeCount = Math.toIntExact(edgeCount(scale, edgeFactor));
        SplittableRandom root = new SplittableRandom(seed);
        this.permutation = randomPermutation(1 << scale, root.split());
        int chunks = (edgeCount + CHUNK - 1) / CHUNK;
        this.chunkRandoms = new SplittableRandom[chunks];
        for (int i = 0; i < chunks; i++) {
            chunkRandoms[i] = root.split();
        }
    }

    /**
     * Generates the graph into memory, using the common fork-join pool. The result is the same for
     * any number of threads.
     */
    public static EdgeList generate(int scale, int edgeFactor, long seed) {
        Rmat rmat = new Rmat(scale, edgeFactor, seed);
        long[] src = new long[rmat.edgeCount];
        long[] dst = new long[rmat.edgeCount];
        IntStream.range(0, rmat.chunkRandoms.length).parallel().forEach(chunk -> rmat.fillChunk(chunk, src, dst));
        return new EdgeList(src, dst);
    }

    /**
     * Generates the graph chunk by chunk into {@code sink}, in the same order as
     * {@link #generate}, holding only one chunk in memory (plus the node permutation).
     */
    public static void generate(int scale, int edgeFactor, long seed, EdgeSink sink) throws IOException {
        Objects.requireNonNull(sink, "sink");
        Rmat rmat = new Rmat(scale, edgeFactor, seed);
        long[] src = new long[CHUNK];
        long[] dst = new long[CHUNK];
        for (int chunk = 0; chunk < rmat.chunkRandoms.length; chunk++) {
            int count = rmat.fillChunk(chunk, src, dst);
            sink.accept(src, dst, count);
        }
    }

    /** The number of nodes of a graph of this scale: {@code 2^scale}. */
    public static long nodeCount(int scale) {
        checkScale(scale);
        return 1L << scale;
    }

    /**
     * The number of edges of a graph of this scale and edge factor: {@code edgeFactor * 2^scale}.
     *
     * @throws IllegalArgumentException if that does not fit in a Java array
     */
    public static long edgeCount(int scale, int edgeFactor) {
        checkScale(scale);
        if (edgeFactor < 1) {
            throw new IllegalArgumentException("edge factor must be at least 1, got " + edgeFactor);
        }
        long edges = (long) edgeFactor << scale;
        if (edges > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("scale " + scale + " with edge factor " + edgeFactor
                    + " gives " + edges + " edges, more than a Java array holds; lower the edge factor or the scale");
        }
        return edges;
    }

    private static void checkScale(int scale) {
        if (scale < 1 || scale > MAX_SCALE) {
            throw new IllegalArgumentException("scale must be between 1 and " + MAX_SCALE + ", got " + scale);
        }
    }

    /**
     * Fills chunk {@code chunk} of the edge list. With full-size arrays ({@link #generate}) the
     * edges land at their final positions; with chunk-size arrays they start at 0. Returns the
     * number of edges of the chunk.
     */
    private int fillChunk(int chunk, long[] src, long[] dst) {
        int first = chunk * CHUNK;
        int count = Math.min(CHUNK, edgeCount - first);
        int offset = src.length == edgeCount ? first : 0;
        SplittableRandom random = chunkRandoms[chunk]; // each chunk is filled once, by one thread
        int[] perm = permutation;
        int levels = scale;
        for (int i = offset, end = offset + count; i < end; i++) {
            int s = 0;
            int d = 0;
            int level = 0;
            while (level < levels) {
                long bits = random.nextLong();
                // Two levels per 64-bit draw: the low and the high 32 bits.
                long u = bits & 0xFFFF_FFFFL;
                s = (s << 1) | srcBit(u);
                d = (d << 1) | dstBit(u);
                if (++level == levels) {
                    break;
                }
                u = bits >>> 32;
                s = (s << 1) | srcBit(u);
                d = (d << 1) | dstBit(u);
                level++;
            }
            src[i] = perm[s];
            dst[i] = perm[d];
        }
        return count;
    }

    // Branch-free quadrant decoding of a uniform 32-bit draw u (0 <= u < 2^32): (t - 1 - u) >>> 63
    // is 1 exactly when u >= t. Quadrants a, b, c, d give source bits 0, 0, 1, 1 and destination
    // bits 0, 1, 0, 1.

    private static int srcBit(long u) {
        return (int) ((T_AB - 1 - u) >>> 63);
    }

    private static int dstBit(long u) {
        return (int) (((T_A - 1 - u) ^ (T_AB - 1 - u) ^ (T_ABC - 1 - u)) >>> 63);
    }

    /** A uniformly random permutation of {@code 0 .. n-1} (Fisher-Yates). */
    private static int[] randomPermutation(int n, SplittableRandom random) {
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        return perm;
    }

    /** The node permutation of a generator instance, for tests. */
    static int[] permutation(int scale, long seed) {
        return new Rmat(scale, 1, seed).permutation.clone();
    }
}
