package io.nereid.cli.repl;

import io.nereid.operators.ColumnKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;

/**
 * A stored relation indexed on some of its columns, built once and probed by every query of the
 * session that joins the relation on those columns ({@link IndexedJoinVertex}). Rows are numbered
 * across the relation's batches ({@code row >>> 16} is the batch, {@code row & 0xFFFF} the row in
 * it); the index maps a key to its last row and chains the rows of one key in {@code next}, so a
 * probe walks exactly the matching rows. One integral key column is hashed as a primitive long;
 * a string key or several columns as boxed values. Immutable once built, so every worker of the
 * session probes it at once without locking.
 */
final class StoredIndex {
    private final StoredRelation relation;
    private final int[] keyColumns;
    private final LongIntHashMap longHeads;
    private final Map<Object, Integer> objectHeads;
    private final int[] next;

    private StoredIndex(StoredRelation relation, int[] keyColumns) {
        this.relation = relation;
        this.keyColumns = keyColumns.clone();
        this.next = new int[Math.toIntExact(relation.rows())];
        boolean primitive = keyColumns.length == 1 && integral(kind(relation, keyColumns[0]));
        this.longHeads = primitive ? new LongIntHashMap() : null;
        this.objectHeads = primitive ? null : new HashMap<>();
        int row = 0;
        for (int b = 0; b < relation.batches().size(); b++) {
            TypedBatch batch = relation.batches().get(b);
            for (int r = 0; r < batch.size(); r++, row++) {
                if (primitive) {
                    long key = batch.getLong(keyColumns[0], r);
                    next[row] = longHeads.getIfAbsent(key, -1);
                    longHeads.put(key, row);
                } else {
                    Object key = key(batch, r);
                    Integer head = objectHeads.put(key, row);
                    next[row] = head == null ? -1 : head;
                }
            }
        }
    }

    /** Indexes {@code relation} on {@code keyColumns} (each of a kind {@link #indexable}). */
    static StoredIndex build(StoredRelation relation, int[] keyColumns) {
        Objects.requireNonNull(relation, "relation");
        for (int c : keyColumns) {
            if (!indexable(kind(relation, c))) {
                throw new IllegalArgumentException("column " + c + " of " + relation.relation().name() + " cannot be a key");
            }
        }
        return new StoredIndex(relation, keyColumns);
    }

    /** Whether a column of this kind can be a key of a stored index (doubles are not: -0.0 and NaN). */
    static boolean indexable(ColumnKind kind) {
        return kind != ColumnKind.DOUBLE;
    }

    private static boolean integral(ColumnKind kind) {
        return kind != ColumnKind.STRING && kind != ColumnKind.DOUBLE;
    }

    private static ColumnKind kind(StoredRelation relation, int column) {
        return relation.relation().columns().get(column).kind();
    }

    /** Whether keys are one integral column, looked up with {@link #first(long)}. */
    boolean primitiveKey() {
        return longHeads != null;
    }

    /** The last row with key {@code key}, or -1. */
    int first(long key) {
        return longHeads.getIfAbsent(key, -1);
    }

    /** The last row with key {@code key} (a value, or a list of values for several columns), or -1. */
    int first(Object key) {
        Integer head = objectHeads.get(key);
        return head == null ? -1 : head;
    }

    /** The row before {@code row} with the same key, or -1. */
    int next(int row) {
        return next[row];
    }

    TypedBatch batch(int row) {
        return relation.batches().get(row >>> 16);
    }

    static int offset(int row) {
        return row & (TypedBatch.CAPACITY - 1);
    }

    StoredRelation relation() {
        return relation;
    }

    int[] keyColumns() {
        return keyColumns.clone();
    }

    /** The boxed key of row {@code r} of {@code batch}: the value itself for one column, else a list. */
    private Object key(TypedBatch batch, int r) {
        if (keyColumns.length == 1) {
            return value(batch, keyColumns[0], r);
        }
        List<Object> key = new ArrayList<>(keyColumns.length);
        for (int c : keyColumns) {
            key.add(value(batch, c, r));
        }
        return key;
    }

    private Object value(TypedBatch batch, int column, int r) {
        return kind(relation, column) == ColumnKind.STRING ? batch.getString(column, r) : (Object) batch.getLong(column, r);
    }
}
