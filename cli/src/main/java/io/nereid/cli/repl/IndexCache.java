package io.nereid.cli.repl;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The indexes a session keeps on its stored relations, one per relation and key columns: built
 * the first time a query joins the relation on those columns, reused by every later one, and
 * dropped when the relation's rows are replaced ({@code :load}) or dropped. Counts what it
 * builds and reuses, which {@code :schema}, the timing line and tests read.
 *
 * <p>Queries reach an index by its id through {@link #lookup} (the id is compiled into the
 * query as a constant, so a query typed again compiles to the same source and is not compiled
 * again, and a reloaded relation's new index is picked up under the same id).
 */
final class IndexCache {
    private static final AtomicLong SESSIONS = new AtomicLong();
    private static final Map<String, StoredIndex> LIVE = new ConcurrentHashMap<>();

    private final String session = "s" + SESSIONS.incrementAndGet();
    private final Map<String, StoredIndex> indexes = new LinkedHashMap<>();
    private long built;
    private long reused;

    /** An index a query uses: its id, {@code edges(dst)}, and whether it was there already. */
    record Use(String id, String description, boolean reused) {}

    /** The index of {@code rows} on {@code keyColumns}: the one kept since it was built, or a new one. */
    Use acquire(StoredRelation rows, int[] keyColumns) {
        String description = describe(rows, keyColumns);
        String id = session + ":" + description;
        StoredIndex index = indexes.get(id);
        if (index != null && index.relation() == rows && Arrays.equals(index.keyColumns(), keyColumns)) {
            reused++;
            return new Use(id, description, true);
        }
        index = StoredIndex.build(rows, keyColumns);
        indexes.put(id, index);
        LIVE.put(id, index);
        built++;
        return new Use(id, description, false);
    }

    /** Whether a query joining {@code rows} on {@code keyColumns} would find its index built. */
    boolean has(StoredRelation rows, int[] keyColumns) {
        StoredIndex index = indexes.get(session + ":" + describe(rows, keyColumns));
        return index != null && index.relation() == rows;
    }

    /** Drops the indexes of relation {@code name} (its rows were replaced or dropped). */
    void invalidate(String name) {
        indexes.entrySet().removeIf(e -> {
            boolean gone = e.getValue().relation().relation().name().equals(name);
            if (gone) {
                LIVE.remove(e.getKey());
            }
            return gone;
        });
    }

    /** Drops every index (the session ends). */
    void clear() {
        indexes.keySet().forEach(LIVE::remove);
        indexes.clear();
    }

    /** Indexes built so far (a reload builds again). */
    long built() {
        return built;
    }

    /** Times a query used an index that was already built. */
    long reused() {
        return reused;
    }

    /** The indexes kept, as {@code edges(dst)}, in the order they were built. */
    Iterable<String> kept() {
        return indexes.values().stream().map(i -> describe(i.relation(), i.keyColumns())).toList();
    }

    /** The key columns relation {@code name} is indexed on, as {@code (dst)}, in the order they were built. */
    java.util.List<String> of(String name) {
        return indexes.values().stream().filter(i -> i.relation().relation().name().equals(name))
                .map(i -> describe(i.relation(), i.keyColumns()).substring(name.length())).toList();
    }

    /** The index a running query asked for by id. */
    static StoredIndex lookup(String id) {
        return Optional.ofNullable(LIVE.get(id)).orElseThrow(() -> new IllegalStateException(
                "the stored index " + id + " is gone (its relation was reloaded while the query ran)"));
    }

    private static String describe(StoredRelation rows, int[] keyColumns) {
        StringBuilder sb = new StringBuilder(rows.relation().name()).append('(');
        for (int i = 0; i < keyColumns.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(rows.relation().columns().get(keyColumns[i]).name());
        }
        return sb.append(')').toString();
    }
}
