package io.nereid.operators;

import java.io.PrintWriter;
import java.util.List;

/**
 * Prints a result as a terminal table: a header of field names, a rule, one line per row
 * (numbers right-aligned), and the row count.
 *
 * <pre>
 * word  | n
 * ------+--
 * a     | 3
 * (1 row)
 * </pre>
 */
public final class TablePrinter {
    private TablePrinter() {}

    public static void print(ResultTable table, PrintWriter out) {
        List<Column> columns = table.relation().columns();
        List<List<String>> rows = table.formatted();
        int[] width = new int[columns.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = columns.get(i).name().length();
            for (List<String> r : rows) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            cell(line, i, columns.get(i).name(), width[i], false);
        }
        out.println(strip(line));
        line.setLength(0);
        for (int i = 0; i < width.length; i++) {
            line.append(i == 0 ? "" : "-+-").append("-".repeat(width[i]));
        }
        out.println(line);
        for (List<String> r : rows) {
            line.setLength(0);
            for (int i = 0; i < width.length; i++) {
                cell(line, i, r.get(i), width[i], Values.isNumeric(columns.get(i).kind()));
            }
            out.println(strip(line));
        }
        out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
        out.flush();
    }

    private static void cell(StringBuilder line, int index, String text, int width, boolean right) {
        if (index > 0) {
            line.append(" | ");
        }
        String pad = " ".repeat(width - text.length());
        line.append(right ? pad + text : text + pad);
    }

    private static String strip(StringBuilder sb) {
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        return sb.substring(0, end);
    }
}
