package io.nereid.compiler.physical;

import io.nereid.compiler.types.ScalarType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One stage of the physical plan: {@code entry} consumes the {@code inputs} and produces rows of
 * {@code entryRow}; the {@code chain} runs on them in one loop; the {@code combiner}, if any,
 * turns the chain's rows into partial aggregates. {@code output} is the record type the stage
 * sends (absent for a sink), on {@code ports} outputs (two for a loop head or a fixpoint decision).
 * {@code scope} is the id of the loop the stage runs in, or {@link #ROOT}.
 */
public record Stage(int id, String name, int scope, Entry entry, List<StageInput> inputs, List<ScalarType> entryRow,
        List<ChainOp> chain, Optional<Combiner> combiner, Optional<RecordType> output, int ports) {
    /** The scope of stages outside every loop. */
    public static final int ROOT = -1;

    public Stage {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(entry, "entry");
        inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
        entryRow = List.copyOf(Objects.requireNonNull(entryRow, "entryRow"));
        chain = List.copyOf(Objects.requireNonNull(chain, "chain"));
        Objects.requireNonNull(combiner, "combiner");
        Objects.requireNonNull(output, "output");
    }

    /** The column types of the rows after each chain operator: element 0 is the entry row. */
    public List<List<ScalarType>> chainRows() {
        List<List<ScalarType>> rows = new ArrayList<>();
        List<ScalarType> row = entryRow;
        rows.add(row);
        for (ChainOp op : chain) {
            row = op.output(row);
            rows.add(row);
        }
        return rows;
    }

    /** The simple name of the generated vertex class. */
    public String className() {
        return "Stage" + id;
    }
}
