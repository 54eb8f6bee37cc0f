package io.nereid.cli.repl;

import io.nereid.operators.ResultTable;
import io.nereid.operators.TablePrinter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;

/**
 * Prints a query's result as a table with its row count (the first {@code maxRows} rows of a
 * bigger one, saying so), and the time a statement took.
 */
final class ResultDisplay {
    private ResultDisplay() {
    }

    /** The table, at most {@code maxRows} rows of it, and its row count. */
    static void print(ResultTable table, int maxRows, PrintWriter out) {
        int n = table.rows().size();
        if (n <= maxRows) {
            TablePrinter.print(table, out);
            return;
        }
        StringWriter text = new StringWriter();
        TablePrinter.print(new ResultTable(table.relation(), table.rows().subList(0, maxRows)), new PrintWriter(text));
        String printed = text.toString().stripTrailing();
        out.println(printed.substring(0, printed.lastIndexOf('\n')));
        out.println("(" + count(n, "row") + ", the first " + maxRows + " shown)");
        out.flush();
    }

    /** {@code 1 row}, {@code 1,234 rows}. */
    static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    /** {@code 12 ms}, {@code 3.4 s}. */
    static String duration(long nanos) {
        double ms = nanos / 1e6;
        if (ms < 10_000) {
            return String.format(Locale.ROOT, "%.0f ms", ms);
        }
        return String.format(Locale.ROOT, "%.1f s", ms / 1000);
    }
}
