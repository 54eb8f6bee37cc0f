package io.nereid.operators;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A typed CSV source (FastCSV underneath) for one input of a program.
 *
 * <p>Header handling: when the first record names every declared field (trimmed, ignoring case),
 * it is a header and columns are matched by name (in any order; extra columns are ignored).
 * Otherwise the file has no header and the declared fields are the first columns, in order.
 *
 * <p>Each row is parsed and checked completely in {@link #next()}: a value that does not parse as
 * its field's type, or a row with too few fields, stops the run with a {@link CsvRowException}
 * naming {@code file:line:column}, the field and the expected type ({@link BadRowPolicy#FAIL}), or
 * is skipped and counted ({@link BadRowPolicy#SKIP}). Numbers may be surrounded by blanks; a
 * {@code bool} is {@code true} or {@code false}; a {@code date} is ISO ({@code 2020-01-31}).
 */
public final class CsvSource implements InputSource {
    private final String fileName;
    private final RelationInfo relation;
    private final BadRowPolicy policy;
    private final CsvReader<CsvRecord> reader;
    private final CloseableIterator<CsvRecord> records;
    private final ColumnKind[] kinds;
    private final int[] positions;
    private final long[] longs;
    private final double[] doubles;
    private final String[] strings;
    private boolean[] read;
    private CsvRecord pending;
    private long skipped;
    private long rows;

    private CsvSource(String fileName, CsvReader<CsvRecord> reader, RelationInfo relation, BadRowPolicy policy) {
        this.fileName = fileName;
        this.relation = relation;
        this.policy = policy;
        this.reader = reader;
        this.records = reader.iterator();
        int n = relation.columns().size();
        this.kinds = new ColumnKind[n];
        for (int i = 0; i < n; i++) {
            kinds[i] = relation.columns().get(i).kind();
        }
        this.positions = new int[n];
        this.longs = new long[n];
        this.doubles = new double[n];
        this.strings = new String[n];
        this.read = new boolean[n];
        java.util.Arrays.fill(read, true);
        readHeader();
    }

    /** Opens {@code file} as the rows of {@code relation}. */
    public static CsvSource open(Path file, RelationInfo relation, BadRowPolicy policy) throws IOException {
        Objects.requireNonNull(file, "file");
        CsvReader<CsvRecord> reader = CsvReader.builder().skipEmptyLines(true).allowExtraFields(true)
                .allowMissingFields(true).ofCsvRecord(file);
        return new CsvSource(file.toString(), reader, Objects.requireNonNull(relation, "relation"),
                Objects.requireNonNull(policy, "policy"));
    }

    /** Reads CSV text (for tests and inline data); {@code name} is used in messages. */
    public static CsvSource ofText(String name, String text, RelationInfo relation, BadRowPolicy policy) {
        CsvReader<CsvRecord> reader = CsvReader.builder().skipEmptyLines(true).allowExtraFields(true)
                .allowMissingFields(true).ofCsvRecord(text);
        return new CsvSource(name, reader, relation, policy);
    }

    private void readHeader() {
        for (int i = 0; i < positions.length; i++) {
            positions[i] = i;
        }
        CsvRecord first = nextRecord();
        if (first == null) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (String f : first.getFields()) {
            names.add(f.trim().toLowerCase(Locale.ROOT));
        }
        int[] found = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            found[i] = names.indexOf(relation.columns().get(i).name().toLowerCase(Locale.ROOT));
            if (found[i] < 0) {
                pending = first; // not a header: the first row is data
                return;
            }
        }
        System.arraycopy(found, 0, positions, 0, positions.length);
    }

    private CsvRecord nextRecord() {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (CsvParseException e) {
            throw new CsvRowException(fileName + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new CsvRowException(fileName + ": cannot read: " + e.getCause().getMessage());
        }
    }

    /** Only the marked columns are parsed and checked. */
    @Override
    public void readColumns(boolean[] columns) {
        if (columns.length != kinds.length) {
            throw new IllegalArgumentException("expected " + kinds.length + " column flags, got " + columns.length);
        }
        read = columns.clone();
    }

    @Override
    public boolean next() {
        while (true) {
            CsvRecord record = pending != null ? pending : nextRecord();
            pending = null;
            if (record == null) {
                return false;
            }
            String error = parse(record);
            if (error == null) {
                rows++;
                return true;
            }
            if (policy == BadRowPolicy.FAIL) {
                throw new CsvRowException(error);
            }
            skipped++;
        }
    }

    /** Parses every field of the row into the typed slots; returns an error message or null. */
    private String parse(CsvRecord record) {
        for (int i = 0; i < kinds.length; i++) {
            if (!read[i]) {
                continue;
            }
            int pos = positions[i];
            if (pos >= record.getFieldCount()) {
                return location(record, Math.max(0, record.getFieldCount() - 1)) + ": the row has "
                        + record.getFieldCount() + " field" + (record.getFieldCount() == 1 ? "" : "s")
                        + ", but field '" + relation.columns().get(i).name() + "' (" + kinds[i].nqName()
                        + ") is column " + (pos + 1);
            }
            String value = record.getField(pos);
            try {
                switch (kinds[i]) {
                    case BOOL -> longs[i] = parseBool(value.trim());
                    case INT -> longs[i] = Integer.parseInt(value.trim());
                    case LONG -> longs[i] = Long.parseLong(value.trim());
                    case DOUBLE -> doubles[i] = Double.parseDouble(value.trim());
                    case DATE -> longs[i] = LocalDate.parse(value.trim()).toEpochDay();
                    case STRING -> strings[i] = value;
                }
            } catch (NumberFormatException | DateTimeException e) {
                return location(record, pos) + ": field '" + relation.columns().get(i).name() + "' expects "
                        + article(kinds[i]) + ", but the value is '" + value + "'";
            }
        }
        return null;
    }

    private static long parseBool(String v) {
        if (v.equalsIgnoreCase("true")) {
            return 1;
        }
        if (v.equalsIgnoreCase("false")) {
            return 0;
        }
        throw new NumberFormatException(v);
    }

    private static String article(ColumnKind kind) {
        return switch (kind) {
            case INT -> "an int";
            case DATE -> "a date (yyyy-mm-dd)";
            case BOOL -> "a bool (true or false)";
            default -> "a " + kind.nqName();
        };
    }

    /** {@code file:line:column} of field {@code pos}; the column counts characters (exact for unquoted fields). */
    private String location(CsvRecord record, int pos) {
        int column = 1;
        for (int f = 0; f < pos && f < record.getFieldCount(); f++) {
            column += record.getField(f).length() + 1;
        }
        return fileName + ":" + record.getStartingLineNumber() + ":" + column;
    }

    /** Rows skipped so far ({@link BadRowPolicy#SKIP}). */
    public long skippedRows() {
        return skipped;
    }

    /** Rows read so far. */
    public long rows() {
        return rows;
    }

    @Override
    public boolean getBool(int column) {
        return longs[column] != 0;
    }

    @Override
    public int getInt(int column) {
        return (int) longs[column];
    }

    @Override
    public long getLong(int column) {
        return longs[column];
    }

    @Override
    public double getDouble(int column) {
        return doubles[column];
    }

    @Override
    public String getString(int column) {
        return strings[column];
    }

    @Override
    public int getDate(int column) {
        return (int) longs[column];
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
