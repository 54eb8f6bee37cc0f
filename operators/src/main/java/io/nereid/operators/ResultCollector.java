package io.nereid.operators;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Gathers the rows of one output from every worker: each worker's sink vertex appends to its own
 * list (no lock on the hot path); {@link #table()} merges and sorts them once the run is over.
 */
public final class ResultCollector {
    private final RelationInfo relation;
    private final List<List<Object[]>> parts = new ArrayList<>();
    private final boolean keepOrder;

    public ResultCollector(RelationInfo relation, int workers) {
        this(relation, workers, false);
    }

    /**
     * With {@code keepOrder}, {@link #table()} keeps the rows in the order they arrived (an
     * ordered output, produced on one worker) instead of sorting them.
     */
    public ResultCollector(RelationInfo relation, int workers, boolean keepOrder) {
        this.relation = Objects.requireNonNull(relation, "relation");
        this.keepOrder = keepOrder;
        for (int w = 0; w < workers; w++) {
            parts.add(new ArrayList<>());
        }
    }

    /** The list worker {@code worker} appends its rows to. */
    public List<Object[]> part(int worker) {
        return parts.get(worker);
    }

    /** Every row, sorted column by column (or in arrival order, see the constructor). */
    public ResultTable table() {
        List<Object[]> all = new ArrayList<>();
        parts.forEach(all::addAll);
        if (!keepOrder) {
            all.sort(Values.rowOrder(relation.columns().size()));
        }
        return new ResultTable(relation, all);
    }
}
