package io.nereid.bench;

import io.nereid.operators.RowReader;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

/**
 * The graph benchmarks: for each, the sample program Nereid runs, its output, the hand-written
 * loop, and DuckDB's SQL ({@link DuckDbGraph}); all answer in the sample's shape, as a
 * {@link KeyedAnswer}.
 */
public enum GraphWorkload {
    /** PageRank, 20 rounds: node to rank (compared within a relative 1e-9: sums in another order). */
    PAGERANK("pagerank/pagerank.nq", "ranks", 1e-9),
    /** Connected components: component label to size (exact). */
    CC("cc/cc.nq", "sizes", 0),
    /** Reachability from the root: BFS distance to node count (exact). */
    REACH("reach/reach.nq", "levels", 0),
    /** Single-source shortest paths from the root: node to distance (exact, integer weights). */
    SSSP("sssp/sssp.nq", "dist", 0);

    private final String sample;
    private final String output;
    private final double tolerance;

    GraphWorkload(String sample, String output, double tolerance) {
        this.sample = sample;
        this.output = output;
        this.tolerance = tolerance;
    }

    /** The name in reports and RESULT lines ({@code pagerank}, {@code cc}, ...). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The sample program, relative to the samples directory. */
    public String sample() {
        return sample;
    }

    /** The program's output that answers the workload. */
    public String output() {
        return output;
    }

    /** How far two answers' values may differ (relative), 0 for exact answers. */
    public double tolerance() {
        return tolerance;
    }

    /** The program's params for this graph: the root of reachability and SSSP. */
    public Map<String, String> params(GraphData g) {
        return switch (this) {
            case PAGERANK, CC -> Map.of();
            case REACH -> Map.of("root", Long.toString(g.root()));
            case SSSP -> Map.of("source", Long.toString(g.root()));
        };
    }

    /** The program's inputs for this graph (read from the arrays, not from files). */
    public Map<String, RowReader> inputs(GraphData g) {
        return Map.of("edges", this == SSSP ? g.weightedRows() : g.rows());
    }

    /** The hand-written single-threaded loop's answer. */
    public KeyedAnswer loop(GraphData g) {
        return switch (this) {
            case PAGERANK -> PageRankLoop.ranks(g.edges(), g.nodeCount(), PageRankLoop.ROUNDS);
            case CC -> ComponentSizes.byLabelPropagation(g.edges(), g.nodeCount());
            case REACH -> BfsLoop.levels(g.edges(), g.nodeCount(), g.root());
            case SSSP -> DijkstraLoop.distances(g.edges(), g.weights(), g.nodeCount(), g.root());
        };
    }

    /** DuckDB's answer, from the SQL a user would write. */
    public KeyedAnswer duckDb(DuckDbGraph db, GraphData g) throws SQLException {
        return switch (this) {
            case PAGERANK -> db.pageRank(PageRankLoop.ROUNDS);
            case CC -> db.components();
            case REACH -> db.reach(g.root());
            case SSSP -> db.shortestPaths(g.root());
        };
    }
}
