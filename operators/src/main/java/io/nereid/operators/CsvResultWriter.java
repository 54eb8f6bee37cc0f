package io.nereid.operators;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes a result as CSV (FastCSV): a header of field names, then one record per row. */
public final class CsvResultWriter {
    private CsvResultWriter() {}

    public static void write(ResultTable table, Path file) throws IOException {
        try (CsvWriter writer = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(file)) {
            writer.writeRecord(table.relation().names());
            for (List<String> row : table.formatted()) {
                writer.writeRecord(row);
            }
        }
    }
}
