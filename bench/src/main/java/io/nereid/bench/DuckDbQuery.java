package io.nereid.bench;

import java.util.Locale;

/**
 * The TPC-H queries that Nereid runs against DuckDB, with the specification's validation
 * parameters. Their SQL, written as a user would write it, lives in {@code tpch/qN.sql} beside
 * this class's resources.
 */
public enum DuckDbQuery {
    /** Pricing summary report: lineitem grouped by return flag and line status. */
    Q1,
    /** Shipping priority: the ten unshipped orders of the BUILDING segment with the most revenue. */
    Q3,
    /** Local supplier volume: revenue per nation of ASIA in 1994 from local suppliers. */
    Q5,
    /** Forecasting revenue change: one sum over a filtered lineitem. */
    Q6,
    /** Product type profit measure: profit on green parts per nation and year. */
    Q9,
    /** Large volume customer: the orders with more than 300 units, top 100 by price. */
    Q18;

    /** The query's SQL, without its leading comment. */
    public String sql() {
        return DuckDbSql.script(resourceName());
    }

    /** The resource holding the SQL, e.g. {@code tpch/q1.sql}. */
    public String resourceName() {
        return "tpch/" + name().toLowerCase(Locale.ROOT) + ".sql";
    }
}
