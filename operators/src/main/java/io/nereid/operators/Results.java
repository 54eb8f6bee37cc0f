package io.nereid.operators;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/** The outputs of one run of a compiled program, in declaration order. */
public final class Results {
    private final Map<String, ResultTable> tables = new LinkedHashMap<>();

    public Results(List<ResultTable> tables) {
        for (ResultTable t : tables) {
            this.tables.put(t.relation().name(), t);
        }
    }

    /** The output named {@code name}. */
    public ResultTable table(String name) {
        ResultTable t = tables.get(name);
        if (t == null) {
            throw new NoSuchElementException("no output '" + name + "'; outputs: " + tables.keySet());
        }
        return t;
    }

    public List<ResultTable> tables() {
        return List.copyOf(tables.values());
    }
}
