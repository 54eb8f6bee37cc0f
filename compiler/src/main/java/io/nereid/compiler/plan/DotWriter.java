package io.nereid.compiler.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Graphviz DOT of a logical plan: one box per distinct sub-plan (a shared {@code let} is one
 * box), data edges from input to consumer, and a dashed feedback edge from each Iterate to the
 * reads of its loop variable. Loop-invariant sub-plans are shaded. Node ids follow a depth-first
 * order, so the text is deterministic.
 */
public final class DotWriter {
    private final StringBuilder out = new StringBuilder();
    private final Map<Plan, String> ids = new HashMap<>();
    private final Map<Integer, String> iterateIds = new HashMap<>();
    private final List<String> feedback = new ArrayList<>();

    private DotWriter() {
    }

    public static String write(LogicalPlan program) {
        DotWriter w = new DotWriter();
        w.out.append("digraph plan {\n  rankdir=BT;\n  node [shape=box, fontname=\"monospace\", fontsize=10];\n");
        program.outputs().forEach(w::visit);
        w.feedback.forEach(w.out::append);
        w.out.append("}\n");
        return w.out.toString();
    }

    private String visit(Plan node) {
        String id = ids.get(node);
        if (id != null) {
            return id;
        }
        List<String> inputIds = new ArrayList<>();
        if (node instanceof Iterate it) {
            id = "n" + ids.size();
            ids.put(node, id);
            iterateIds.put(it.loopId(), id);
        }
        for (Plan in : node.inputs()) {
            inputIds.add(visit(in));
        }
        if (id == null) {
            id = "n" + ids.size();
            ids.put(node, id);
        }
        String style = node instanceof LoopInvariant ? ", style=filled, fillcolor=\"#e8f0ff\"" : "";
        out.append("  ").append(id).append(" [label=\"").append(escape(node.describe() + "\n" + node.schema()))
                .append('"').append(style).append("];\n");
        for (int i = 0; i < inputIds.size(); i++) {
            String label = node instanceof Iterate ? (i == 0 ? " [label=\"init\"]" : " [label=\"body\"]") : "";
            out.append("  ").append(inputIds.get(i)).append(" -> ").append(id).append(label).append(";\n");
        }
        if (node instanceof LoopVariable v) {
            String loop = iterateIds.get(v.loopId());
            if (loop != null) {
                feedback.add("  " + loop + " -> " + id + " [style=dashed, label=\"feedback\"];\n");
            }
        }
        return id;
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
