package io.nereid.bench;

import io.nereid.datagen.Tpch;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * DuckDB, the peer of Nereid's TPC-H benchmark: an in-memory DuckDB database (through JDBC) that
 * loads the eight {@code .tbl} files written by {@code nq gen tpch} and runs the TPC-H queries of
 * {@link DuckDbQuery}, timing the load and each query separately.
 *
 * <p>The schema ({@code tpch/schema.sql}) uses the types NQ has, so that both engines compute
 * with the same numbers: money, quantities, discounts and taxes are {@code DOUBLE} (the
 * specification says decimal), identifiers {@code BIGINT}, dates {@code DATE}. Each table is
 * filled by {@code read_csv} with {@code |} as the delimiter, no header, no quoting, and the
 * columns given explicitly (no sniffing); the empty field after the trailing {@code |} of every
 * {@code .tbl} line is read as one more column and dropped. DuckDB's own TPC-H extension is not
 * used: it would have to be downloaded.
 *
 * <p>By default DuckDB runs with 2 threads ({@code SET threads TO 2}), as the benchmarks
 * prescribe. Not thread-safe: use one instance from one thread.
 */
public final class DuckDbTpch implements AutoCloseable {

    /** The number of threads DuckDB gets unless told otherwise. */
    public static final int DEFAULT_THREADS = 2;

    private static final String SCHEMA = "tpch/schema.sql";

    private final Connection connection;
    private boolean loaded;

    private DuckDbTpch(Connection connection) {
        this.connection = connection;
    }

    /** Opens an empty in-memory DuckDB database running with {@link #DEFAULT_THREADS} threads. */
    public static DuckDbTpch open() throws SQLException {
        return open(DEFAULT_THREADS);
    }

    /** Opens an empty in-memory DuckDB database running with {@code threads} threads. */
    public static DuckDbTpch open(int threads) throws SQLException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET threads TO " + threads);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return new DuckDbTpch(connection);
    }

    /**
     * Creates the eight tables and fills them from {@code dir/TABLE.tbl}. The time covers creating
     * the tables and reading the files, as a user loading the data would wait for it. An instance
     * loads once.
     *
     * @throws NoSuchFileException if one of the files is missing (the message says how to make them)
     */
    public DuckDbLoad load(Path dir) throws SQLException, NoSuchFileException {
        Objects.requireNonNull(dir, "dir");
        if (loaded) {
            throw new IllegalStateException("the TPC-H tables are already loaded; open another DuckDbTpch for other data");
        }
        for (String file : Tpch.fileNames()) {
            if (!Files.isRegularFile(dir.resolve(file))) {
                throw new NoSuchFileException(dir.resolve(file).toString(), null,
                        "TPC-H table file not found (write the tables with: nq gen tpch --scale-factor SF --out " + dir + ")");
            }
        }
        loaded = true;
        long start = System.nanoTime();
        Map<String, Long> rows = new LinkedHashMap<>();
        Map<String, Long> tableNanos = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (String ddl : DuckDbSql.statements(SCHEMA)) {
                statement.execute(ddl);
            }
            for (String file : Tpch.fileNames()) {
                String table = file.substring(0, file.length() - ".tbl".length());
                long tableStart = System.nanoTime();
                List<String[]> columns = columns(table);
                long count = statement.executeLargeUpdate(insertFromTbl(table, columns, dir.resolve(file)));
                rows.put(table, count);
                tableNanos.put(table, System.nanoTime() - tableStart);
            }
        }
        return new DuckDbLoad(rows, System.nanoTime() - start, tableNanos);
    }

    /** Runs {@code query} and fetches all its rows; the time covers both. */
    public DuckDbResult run(DuckDbQuery query) throws SQLException {
        return run(query, query.sql());
    }

    /** Runs {@code sql} as {@code query} (for variants of the standard text). */
    DuckDbResult run(DuckDbQuery query, String sql) throws SQLException {
        long start = System.nanoTime();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            ResultSetMetaData meta = result.getMetaData();
            int width = meta.getColumnCount();
            List<String> columns = new ArrayList<>(width);
            for (int i = 1; i <= width; i++) {
                columns.add(meta.getColumnLabel(i));
            }
            List<List<Object>> rows = new ArrayList<>();
            while (result.next()) {
                List<Object> row = new ArrayList<>(width);
                for (int i = 1; i <= width; i++) {
                    row.add(value(result, i, meta.getColumnType(i)));
                }
                rows.add(row);
            }
            return new DuckDbResult(query, columns, rows, System.nanoTime() - start);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    /** The names and types of {@code table}'s columns, in order, as created from the schema. */
    private List<String[]> columns(String table) throws SQLException {
        String sql = "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ?"
                + " ORDER BY ordinal_position";
        try (var statement = connection.prepareStatement(sql)) {
            statement.setString(1, table);
            List<String[]> columns = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    columns.add(new String[] {result.getString(1), result.getString(2)});
                }
            }
            return columns;
        }
    }

    /**
     * {@code INSERT INTO table SELECT cols FROM read_csv(...)}: the columns of the table plus the
     * empty one after the trailing {@code |}, which is not selected.
     */
    private static String insertFromTbl(String table, List<String[]> columns, Path file) {
        StringJoiner names = new StringJoiner(", ");
        StringJoiner types = new StringJoiner(", ", "{", "}");
        for (String[] column : columns) {
            names.add(column[0]);
            types.add(literal(column[0]) + ": " + literal(column[1]));
        }
        types.add("'tbl_line_end': 'VARCHAR'");
        return "INSERT INTO " + table + " SELECT " + names + " FROM read_csv(" + literal(file.toAbsolutePath().toString())
                + ", delim = '|', header = false, quote = '', escape = '', auto_detect = false, columns = " + types + ")";
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static Object value(ResultSet result, int column, int type) throws SQLException {
        Object value = switch (type) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> result.getLong(column);
            case Types.FLOAT, Types.REAL, Types.DOUBLE, Types.DECIMAL, Types.NUMERIC -> result.getDouble(column);
            case Types.DATE -> result.getObject(column, LocalDate.class);
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR -> result.getString(column);
            case Types.BOOLEAN, Types.BIT -> result.getBoolean(column);
            default -> result.getObject(column);
        };
        return result.wasNull() ? null : value;
    }
}
