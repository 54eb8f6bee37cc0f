package io.nereid.bench;

import java.util.List;

/**
 * TPC-H, Nereid against DuckDB on the same {@code .tbl} files. Runs once the TPC-H sample
 * programs exist ({@code samples/tpch/q1.nq} ...); until then it says so and is skipped.
 */
final class TpchBench {
    private TpchBench() {}

    static void run(SampleFiles samples, double sf, GraphSuite.Options o, Report report, List<String> notes) {
        if (samples.find("tpch/q1.nq").isEmpty()) {
            report.line("tpch: skipped: the TPC-H samples (samples/tpch/q1.nq ...) do not exist yet");
            report.result(ResultLine.of("tpch").with("status", "skipped").with("reason", "no_sample"));
            notes.add("TPC-H was skipped: the TPC-H sample programs (samples/tpch/) do not exist yet.");
        }
    }
}
