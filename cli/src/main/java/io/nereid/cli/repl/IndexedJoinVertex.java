package io.nereid.cli.repl;

import io.nereid.operators.ColumnKind;
import io.nereid.operators.custom.CustomContext;
import io.nereid.operators.custom.CustomVertex;
import io.nereid.operators.custom.Emitter;
import io.nereid.operators.custom.Rows;
import io.nereid.runtime.time.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * The probe side of an equi-join whose other side is a stored relation, against the session's
 * {@link StoredIndex} of that relation on the join's key columns instead of an index built by
 * the query: each arriving row looks up its key and emits one joined row per match, right away
 * (the index is complete before the query starts, so nothing waits for the time to complete).
 * Generated code builds one per worker through the custom-vertex adapter (see
 * {@link StoredJoinRewrite}); public for that reason only.
 *
 * <p>Arguments: the index's id in {@link IndexCache}; the probe row's key columns
 * ({@code "1"}, {@code "0 2"}); and where each output column comes from, {@code p<i>} for
 * column {@code i} of the probe row and {@code s<i>} for column {@code i} of the stored row
 * ({@code "p0 p1 s0 s1"}).
 */
public final class IndexedJoinVertex implements CustomVertex {
    private final String indexId;
    private final int[] probeKeys;
    private final boolean[] fromStored;
    private final int[] sourceColumn;
    private StoredIndex index;
    private ColumnKind[] probeKinds;
    private ColumnKind[] storedKinds;
    private ColumnKind[] outKinds;

    public IndexedJoinVertex(String indexId, String probeKeys, String outputs) {
        this.indexId = indexId;
        this.probeKeys = parseInts(probeKeys);
        String[] outs = outputs.trim().split(" ");
        this.fromStored = new boolean[outs.length];
        this.sourceColumn = new int[outs.length];
        for (int c = 0; c < outs.length; c++) {
            fromStored[c] = outs[c].charAt(0) == 's';
            sourceColumn[c] = Integer.parseInt(outs[c].substring(1));
        }
    }

    private static int[] parseInts(String s) {
        String[] parts = s.trim().split(" ");
        int[] values = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Integer.parseInt(parts[i]);
        }
        return values;
    }

    @Override
    public void open(CustomContext context) {
        index = IndexCache.lookup(indexId);
        probeKinds = context.input().columns().stream().map(c -> c.kind()).toArray(ColumnKind[]::new);
        storedKinds = index.relation().relation().columns().stream().map(c -> c.kind()).toArray(ColumnKind[]::new);
        outKinds = context.output().columns().stream().map(c -> c.kind()).toArray(ColumnKind[]::new);
    }

    @Override
    public void onRecv(Timestamp time, Rows rows, Emitter out) {
        boolean primitive = index.primitiveKey();
        for (int i = 0, n = rows.size(); i < n; i++) {
            int m = primitive ? index.first(integral(rows, i, probeKeys[0])) : index.first(boxedKey(rows, i));
            for (; m >= 0; m = index.next(m)) {
                TypedBatch stored = index.batch(m);
                int row = StoredIndex.offset(m);
                for (int c = 0; c < fromStored.length; c++) {
                    if (fromStored[c]) {
                        setStored(out, c, stored, sourceColumn[c], row);
                    } else {
                        setProbe(out, c, rows, i, sourceColumn[c]);
                    }
                }
                out.emit();
            }
        }
    }

    /** An integral column as the long the index holds (bool as 0/1, a date as its day). */
    private long integral(Rows rows, int row, int column) {
        return switch (probeKinds[column]) {
            case BOOL -> rows.getBool(row, column) ? 1 : 0;
            case DATE -> rows.getInt(row, column);
            default -> rows.getLong(row, column);
        };
    }

    private Object boxedKey(Rows rows, int row) {
        if (probeKeys.length == 1) {
            return boxed(rows, row, probeKeys[0]);
        }
        List<Object> key = new ArrayList<>(probeKeys.length);
        for (int k : probeKeys) {
            key.add(boxed(rows, row, k));
        }
        return key;
    }

    private Object boxed(Rows rows, int row, int column) {
        return probeKinds[column] == ColumnKind.STRING ? rows.getString(row, column) : (Object) integral(rows, row, column);
    }

    private void setProbe(Emitter out, int c, Rows rows, int row, int column) {
        switch (outKinds[c]) {
            case BOOL -> out.setBool(c, rows.getBool(row, column));
            case INT, DATE -> out.setInt(c, rows.getInt(row, column));
            case LONG -> out.setLong(c, rows.getLong(row, column));
            case DOUBLE -> out.setDouble(c, rows.getDouble(row, column));
            case STRING -> out.setString(c, rows.getString(row, column));
        }
    }

    private void setStored(Emitter out, int c, TypedBatch stored, int column, int row) {
        switch (storedKinds[column]) {
            case BOOL -> out.setBool(c, stored.getLong(column, row) != 0);
            case INT, DATE -> out.setInt(c, (int) stored.getLong(column, row));
            case LONG -> out.setLong(c, stored.getLong(column, row));
            case DOUBLE -> out.setDouble(c, stored.getDouble(column, row));
            case STRING -> out.setString(c, stored.getString(column, row));
        }
    }
}
