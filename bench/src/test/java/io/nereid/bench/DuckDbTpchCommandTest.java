package io.nereid.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DuckDbTpchCommandTest extends NqBenchRun {
    @Test
    void printsTheLoadEachQueryAndTheTotalAsResultLines() {
        int code = run("duckdb-tpch", "--tpch-sf", "0.001", "--threads", "1", "--repeat", "2", "--warmup", "0");
        assertThat(code).as(err.toString()).isEqualTo(Main.EXIT_OK);
        List<String> results = Arrays.stream(out.toString().split("\n")).filter(l -> l.startsWith("RESULT ")).toList();
        assertThat(results).hasSize(8);
        assertThat(results.get(0)).matches("RESULT duckdb-tpch-load sf=0\\.001 threads=1 seconds=[0-9]+\\.[0-9]{3}");
        assertThat(results.get(1)).matches("RESULT duckdb-tpch-query query=q1 sf=0\\.001 threads=1 rows=4 seconds=[0-9.]+");
        assertThat(results.get(4)).startsWith("RESULT duckdb-tpch-query query=q6 sf=0.001 threads=1 rows=1 ");
        assertThat(results.get(6)).startsWith("RESULT duckdb-tpch-query query=q18 ");
        assertThat(results.get(7)).matches("RESULT duckdb-tpch-total sf=0\\.001 threads=1 query_seconds=[0-9.]+ seconds=[0-9.]+");
        assertThat(out.toString()).contains("generated TPC-H scale factor 0.001: ").contains("DuckDB with 1 thread;");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--tpch-sf 0      | nq bench duckdb-tpch: --tpch-sf: the scale factor must be a number of at least 0.0001",
        "--threads 0      | nq bench duckdb-tpch: --threads must be at least 1, was 0",
        "--repeat 0       | nq bench duckdb-tpch: --repeat must be at least 1, was 0",
        "--warmup -1      | nq bench duckdb-tpch: --warmup must not be negative, was -1",
    })
    void badValuesAreUsageErrors(String args, String message) {
        assertThat(run(("duckdb-tpch " + args).split(" "))).isEqualTo(Main.EXIT_USAGE);
        assertThat(err.toString()).startsWith(message).contains("Usage: nq bench duckdb-tpch");
        assertThat(out.toString()).isEmpty();
    }
}
