package io.nereid.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * DuckDB, the SQL peer of the graph benchmarks: an in-memory database (JDBC) holding the edges
 * of one {@link GraphData} in {@code edges(src, dst, w)}, and the SQL a user would write for each
 * workload, one statement per round, driven from Java.
 *
 * <ul>
 *   <li>PageRank: the nodes, the out-degrees and the initial ranks as tables, then one
 *       {@code CREATE TABLE ... AS} per round: a join of edges, degrees and the previous ranks,
 *       grouped by destination, left-joined to the nodes.
 *   <li>Connected components: a label per node, then per round the minimum over the node's own
 *       label and its neighbours' (a join and a group-by), until a round changes no label.
 *   <li>Reachability: breadth-first, one statement per level: the next frontier is the
 *       destinations of the frontier's edges that have no distance yet (an anti-join).
 *   <li>SSSP: Bellman-Ford, one relaxation (join, union, group-by with min) per round until no
 *       distance shrinks.
 * </ul>
 *
 * <p>Loading the edges (an appender, before any timing) is not part of a workload's time: the
 * data is in the database, as it would be for a DuckDB user. A workload's time covers every
 * statement and fetching its answer into Java. DuckDB runs with the threads it is given
 * ({@link DuckDbTpch#DEFAULT_THREADS} in the benchmarks). Not thread-safe.
 */
public final class DuckDbGraph implements AutoCloseable {
    private final Connection connection;

    private DuckDbGraph(Connection connection) {
        this.connection = connection;
    }

    /** Opens an in-memory database with {@code threads} threads and loads the graph's edges. */
    public static DuckDbGraph load(GraphData graph, int threads) throws SQLException {
        Objects.requireNonNull(graph, "graph");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = connection.createStatement()) {
            s.execute("SET threads TO " + threads);
            s.execute("CREATE TABLE edges (src BIGINT NOT NULL, dst BIGINT NOT NULL, w BIGINT NOT NULL)");
            long[] src = graph.edges().src();
            long[] dst = graph.edges().dst();
            long[] w = graph.weights();
            DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
            try (DuckDBAppender appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "edges")) {
                for (int i = 0; i < src.length; i++) {
                    appender.beginRow().append(src[i]).append(dst[i]).append(w[i]).endRow();
                }
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return new DuckDbGraph(connection);
    }

    /** PageRank, {@code rounds} rounds: node to rank. */
    public KeyedAnswer pageRank(int rounds) throws SQLException {
        List<String> tables = new ArrayList<>(List.of("pr_nodes", "pr_degree", "pr_ranks_0"));
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE OR REPLACE TABLE pr_nodes AS SELECT src AS node FROM edges UNION SELECT dst FROM edges");
            s.execute("CREATE OR REPLACE TABLE pr_degree AS SELECT src AS node, count(*) AS deg FROM edges GROUP BY src");
            s.execute("CREATE OR REPLACE TABLE pr_ranks_0 AS SELECT node, 1.0::DOUBLE AS rank FROM pr_nodes");
            for (int i = 0; i < rounds; i++) {
                String next = "pr_ranks_" + (i + 1);
                s.execute("CREATE OR REPLACE TABLE " + next + " AS"
                        + " SELECT n.node, 0.15 + 0.85 * coalesce(c.total, 0.0) AS rank"
                        + " FROM pr_nodes n LEFT JOIN ("
                        + "   SELECT e.dst AS node, sum(r.rank / d.deg) AS total"
                        + "   FROM edges e JOIN pr_degree d ON e.src = d.node JOIN pr_ranks_" + i + " r ON e.src = r.node"
                        + "   GROUP BY e.dst) c ON n.node = c.node");
                s.execute("DROP TABLE pr_ranks_" + i);
                tables.set(2, next);
            }
            return fetch(s, "ranks", "SELECT node, rank FROM " + tables.get(2) + " ORDER BY node");
        } finally {
            drop(tables);
        }
    }

    /** Connected components: component label (smallest node id) to its number of nodes. */
    public KeyedAnswer components() throws SQLException {
        List<String> tables = new ArrayList<>(List.of("cc_links", "cc_labels_0"));
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE OR REPLACE TABLE cc_links AS SELECT src AS a, dst AS b FROM edges"
                    + " UNION ALL SELECT dst, src FROM edges");
            s.execute("CREATE OR REPLACE TABLE cc_labels_0 AS SELECT node, node AS label FROM"
                    + " (SELECT src AS node FROM edges UNION SELECT dst FROM edges)");
            for (int i = 0; ; i++) {
                String current = "cc_labels_" + i;
                String next = "cc_labels_" + (i + 1);
                s.execute("CREATE OR REPLACE TABLE " + next + " AS SELECT node, min(label) AS label FROM ("
                        + " SELECT node, label FROM " + current
                        + " UNION ALL SELECT k.b, y.label FROM cc_links k JOIN " + current + " y ON k.a = y.node)"
                        + " GROUP BY node");
                tables.set(1, next);
                long changed = count(s, "SELECT count(*) FROM " + next + " n JOIN " + current
                        + " o ON n.node = o.node WHERE n.label <> o.label");
                s.execute("DROP TABLE " + current);
                if (changed == 0) {
                    break;
                }
            }
            return fetch(s, "sizes", "SELECT label, count(*) FROM " + tables.get(1) + " GROUP BY label ORDER BY label");
        } finally {
            drop(tables);
        }
    }

    /** Reachability from {@code root}: BFS distance to the number of nodes at that distance. */
    public KeyedAnswer reach(long root) throws SQLException {
        List<String> tables = new ArrayList<>(List.of("reach_dist", "reach_frontier_0"));
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE OR REPLACE TABLE reach_dist AS SELECT " + root + "::BIGINT AS node, 0::BIGINT AS dist"
                    + " WHERE EXISTS (SELECT 1 FROM edges WHERE src = " + root + " OR dst = " + root + ")");
            s.execute("CREATE OR REPLACE TABLE reach_frontier_0 AS SELECT * FROM reach_dist");
            for (int d = 1; ; d++) {
                String current = "reach_frontier_" + (d - 1);
                String next = "reach_frontier_" + d;
                s.execute("CREATE OR REPLACE TABLE " + next + " AS SELECT DISTINCT e.dst AS node, " + d
                        + "::BIGINT AS dist FROM " + current + " f JOIN edges e ON f.node = e.src"
                        + " WHERE NOT EXISTS (SELECT 1 FROM reach_dist r WHERE r.node = e.dst)");
                tables.set(1, next);
                s.execute("DROP TABLE " + current);
                long added = s.executeLargeUpdate("INSERT INTO reach_dist SELECT node, dist FROM " + next);
                if (added == 0) {
                    break;
                }
            }
            return fetch(s, "levels", "SELECT dist, count(*) FROM reach_dist GROUP BY dist ORDER BY dist");
        } finally {
            drop(tables);
        }
    }

    /** Single-source shortest paths from {@code source} (Bellman-Ford): node to distance. */
    public KeyedAnswer shortestPaths(long source) throws SQLException {
        List<String> tables = new ArrayList<>(List.of("sssp_dist_0"));
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE OR REPLACE TABLE sssp_dist_0 AS SELECT " + source + "::BIGINT AS node, 0::BIGINT AS dist"
                    + " WHERE EXISTS (SELECT 1 FROM edges WHERE src = " + source + " OR dst = " + source + ")");
            for (int i = 0; ; i++) {
                String current = "sssp_dist_" + i;
                String next = "sssp_dist_" + (i + 1);
                s.execute("CREATE OR REPLACE TABLE " + next + " AS SELECT node, min(dist) AS dist FROM ("
                        + " SELECT node, dist FROM " + current
                        + " UNION ALL SELECT e.dst, d.dist + e.w FROM " + current + " d JOIN edges e ON d.node = e.src)"
                        + " GROUP BY node");
                tables.set(0, next);
                long changed = count(s, "SELECT count(*) FROM " + next + " n LEFT JOIN " + current
                        + " o ON n.node = o.node WHERE o.dist IS NULL OR n.dist < o.dist");
                s.execute("DROP TABLE " + current);
                if (changed == 0) {
                    break;
                }
            }
            return fetch(s, "dist", "SELECT node, dist FROM " + tables.get(0) + " ORDER BY node");
        } finally {
            drop(tables);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Reads a two-column answer ordered by its first column. */
    private static KeyedAnswer fetch(Statement s, String what, String sql) throws SQLException {
        long[] keys = new long[1024];
        double[] values = new double[1024];
        int n = 0;
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                if (n == keys.length) {
                    keys = java.util.Arrays.copyOf(keys, n * 2);
                    values = java.util.Arrays.copyOf(values, n * 2);
                }
                keys[n] = r.getLong(1);
                values[n++] = r.getDouble(2);
            }
        }
        return new KeyedAnswer(what, java.util.Arrays.copyOf(keys, n), java.util.Arrays.copyOf(values, n));
    }

    private void drop(List<String> tables) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String t : tables) {
                s.execute("DROP TABLE IF EXISTS " + t);
            }
        }
    }
}
