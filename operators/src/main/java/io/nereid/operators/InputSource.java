package io.nereid.operators;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A file bound to an input of a program: a {@link RowReader} that also counts the rows it read
 * and skipped. The format follows the file's extension: {@code .tbl} is TPC-H's bar-separated
 * format ({@link TblSource}); anything else is CSV ({@link CsvSource}).
 */
public interface InputSource extends RowReader {
    /** Rows read so far. */
    long rows();

    /** Rows skipped so far ({@link BadRowPolicy#SKIP}). */
    long skippedRows();

    /** Opens {@code file} as the rows of {@code relation}, in the format its extension names. */
    static InputSource open(Path file, RelationInfo relation, BadRowPolicy policy) throws IOException {
        Objects.requireNonNull(file, "file");
        Path name = file.getFileName();
        if (name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".tbl")) {
            return TblSource.open(file, relation, policy);
        }
        return CsvSource.open(file, relation, policy);
    }
}
