package io.nereid.operators;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes a result as CSV (FastCSV): a header of field names, then one record per row (a null is an empty field). */
public final class CsvResultWriter {
    private CsvResultWriter() {}

    public static void write(ResultTable table, Path file) throws IOException {
        try (CsvWriter writer = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(file)) {
            writer.writeRecord(table.relation().names());
            List<Column> columns = table.relation().columns();
            for (Object[] row : table.rows()) {
                String[] cells = new String[row.length];
                for (int i = 0; i < row.length; i++) {
                    cells[i] = row[i] == null ? "" : Values.format(row[i], columns.get(i).kind());
                }
                writer.writeRecord(cells);
            }
        }
    }
}
