package io.nereid.cli;

import java.io.IOException;
import java.nio.file.Files;
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
import java.util.List;
import java.util.StringJoiner;

/**
 * The reference for the TPC-H samples: an in-memory DuckDB (JDBC) holding the eight tables read
 * from the same {@code .tbl} files, running the standard SQL text of each query
 * ({@code samples/tpch/sql/qN.sql}). Answers come from DuckDB alone, never from Nereid.
 */
final class TpchDuckDb implements AutoCloseable {
    static final List<String> TABLES =
            List.of("region", "nation", "supplier", "customer", "part", "partsupp", "orders", "lineitem");

    /** A query's answer: the column labels and the rows (Long, Double, String, LocalDate values). */
    record Answer(List<String> columns, List<List<Object>> rows) {}

    private final Connection connection;

    private TpchDuckDb(Connection connection) {
        this.connection = connection;
    }

    /** Creates the tables of {@code sqlDir/schema.sql} and fills each from {@code dataDir/TABLE.tbl}. */
    static TpchDuckDb load(Path sqlDir, Path dataDir) throws SQLException, IOException {
        TpchDuckDb db = new TpchDuckDb(DriverManager.getConnection("jdbc:duckdb:"));
        try (Statement s = db.connection.createStatement()) {
            for (String ddl : withoutComments(Files.readString(sqlDir.resolve("schema.sql"))).split(";")) {
                if (!ddl.isBlank()) {
                    s.execute(ddl);
                }
            }
            for (String table : TABLES) {
                s.execute(insertFromTbl(table, db.columns(table), dataDir.resolve(table + ".tbl")));
            }
        } catch (SQLException | IOException | RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /** Runs the SQL text of {@code file} and fetches every row. */
    Answer run(Path file) throws SQLException, IOException {
        String sql = withoutComments(Files.readString(file));
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            ResultSetMetaData meta = r.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnLabel(i));
            }
            List<List<Object>> rows = new ArrayList<>();
            while (r.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns.size(); i++) {
                    row.add(value(r, i, meta.getColumnType(i)));
                }
                rows.add(row);
            }
            return new Answer(columns, rows);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    /** {@code [name, type]} of each column of {@code table}, in order. */
    private List<String[]> columns(String table) throws SQLException {
        try (var s = connection.prepareStatement("select column_name, data_type from information_schema.columns"
                + " where table_name = ? order by ordinal_position")) {
            s.setString(1, table);
            List<String[]> columns = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    columns.add(new String[] {r.getString(1), r.getString(2)});
                }
            }
            return columns;
        }
    }

    /** Reads a {@code .tbl} file: bars between fields, no header, no quoting, one empty field after the last bar. */
    private static String insertFromTbl(String table, List<String[]> columns, Path file) {
        StringJoiner names = new StringJoiner(", ");
        StringJoiner types = new StringJoiner(", ", "{", "}");
        for (String[] c : columns) {
            names.add(c[0]);
            types.add("'" + c[0] + "': '" + c[1] + "'");
        }
        types.add("'after_last_bar': 'VARCHAR'");
        return "insert into " + table + " select " + names + " from read_csv('"
                + file.toAbsolutePath().toString().replace("'", "''") + "', delim = '|', header = false, quote = '',"
                + " escape = '', auto_detect = false, columns = " + types + ")";
    }

    private static Object value(ResultSet r, int column, int type) throws SQLException {
        Object v = switch (type) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> r.getLong(column);
            case Types.FLOAT, Types.REAL, Types.DOUBLE, Types.DECIMAL, Types.NUMERIC -> r.getDouble(column);
            case Types.DATE -> r.getObject(column, LocalDate.class);
            default -> r.getString(column);
        };
        return r.wasNull() ? null : v;
    }

    private static String withoutComments(String sql) {
        StringBuilder kept = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (!line.strip().startsWith("--")) {
                kept.append(line).append('\n');
            }
        }
        return kept.toString();
    }
}
