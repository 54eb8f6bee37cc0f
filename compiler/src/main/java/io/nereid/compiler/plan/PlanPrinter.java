package io.nereid.compiler.plan;

import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.plan.expr.ExprPrinter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The canonical, deterministic printout of logical plans: the language of plan golden files and
 * of {@code nq explain}. One node per line, {@code Name[details] -> (schema)}, inputs indented
 * below; the init and body of an Iterate are labelled. A sub-plan reached from several places
 * (a {@code let} used twice) is printed once with a label {@code [%n]} and referred to by the
 * label afterwards.
 */
public final class PlanPrinter {
    private final StringBuilder out = new StringBuilder();
    private final Map<Plan, Integer> uses = new HashMap<>();
    private final Map<Plan, Integer> labels = new HashMap<>();

    private PlanPrinter() {
    }

    /** The printout of a whole program: inputs, params, then each output's plan. */
    public static String print(LogicalPlan program) {
        PlanPrinter p = new PlanPrinter();
        for (InputDecl in : program.inputs()) {
            p.out.append("input ").append(in.name()).append(": ").append(in.schema());
            in.defaultSource().ifPresent(s -> p.out.append(" from ").append(ExprPrinter.quote(s)));
            p.out.append('\n');
        }
        for (ParamDecl param : program.params()) {
            p.out.append("param ").append(param.name()).append(": ").append(param.type());
            param.defaultValue().ifPresent(v -> p.out.append(" = ").append(ExprPrinter.literal(v)));
            p.out.append('\n');
        }
        program.outputs().forEach(p::countUses);
        for (Output o : program.outputs()) {
            p.node(o, 0, "");
        }
        return p.out.toString();
    }

    /** The printout of one plan tree. */
    public static String print(Plan plan) {
        PlanPrinter p = new PlanPrinter();
        p.countUses(plan);
        p.node(plan, 0, "");
        return p.out.toString();
    }

    private void countUses(Plan node) {
        if (uses.merge(node, 1, Integer::sum) == 1) {
            node.inputs().forEach(this::countUses);
        }
    }

    private void node(Plan node, int depth, String role) {
        indent(depth).append(role);
        boolean shared = !node.inputs().isEmpty() && uses.getOrDefault(node, 0) > 1;
        if (shared) {
            Integer label = labels.get(node);
            if (label != null) {
                out.append("[%").append(label).append("] (shown above)\n");
                return;
            }
            label = labels.size() + 1;
            labels.put(node, label);
            out.append("[%").append(label).append("] ");
        }
        out.append(describe(node)).append(" -> ").append(node.schema()).append('\n');
        if (node instanceof Iterate it) {
            node(it.init(), depth + 1, "init: ");
            node(it.body(), depth + 1, "body: ");
        } else {
            for (Plan in : node.inputs()) {
                node(in, depth + 1, "");
            }
        }
    }

    private StringBuilder indent(int depth) {
        return out.append("  ".repeat(depth));
    }

    /** The one-line description of a node, without its inputs and schema. */
    public static String describe(Plan node) {
        if (node instanceof Scan s) {
            return "Scan[" + s.input() + "]";
        } else if (node instanceof LoopVariable v) {
            return "LoopVariable[" + v.name() + ", loop " + v.loopId() + "]";
        } else if (node instanceof Project p) {
            return "Project[" + join(p.columns()) + "]";
        } else if (node instanceof Filter f) {
            return "Filter[" + f.condition().print() + "]";
        } else if (node instanceof FlatMap f) {
            return "FlatMap[" + f.name() + " := " + f.function().nqName()
                    + f.arguments().stream().map(Expr::print).collect(Collectors.joining(", ", "(", ")")) + "]";
        } else if (node instanceof Join j) {
            String kind = j.kind() == JoinKind.LEFT ? "left outer" : "inner";
            return "Join[" + (j.isCross() ? kind + " cross" : kind + ", " + keys(j.leftKeys(), j.rightKeys())) + "]";
        } else if (node instanceof SemiJoin s) {
            return (s.anti() ? "AntiJoin[" : "SemiJoin[") + keys(s.leftKeys(), s.rightKeys()) + "]";
        } else if (node instanceof Aggregate a) {
            String keys = a.keys().isEmpty() ? "no keys" : "by " + join(a.keys());
            return "Aggregate[" + keys + (a.aggregates().isEmpty() ? "" : "; " + join(a.aggregates())) + "]";
        } else if (node instanceof Distinct) {
            return "Distinct";
        } else if (node instanceof SetOperation s) {
            String name = s.kind().name();
            return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
        } else if (node instanceof OrderBy o) {
            String limit = o.limit().isPresent() ? ", take " + o.limit().getAsLong() : "";
            return "OrderBy[" + join(o.keys()) + limit + "]";
        } else if (node instanceof Iterate it) {
            String bound = it.isFixpoint() ? "until fixpoint" : "times " + it.times().get().print();
            return "Iterate[" + it.variable() + ", loop " + it.loopId() + ", " + bound + "]";
        } else if (node instanceof LoopInvariant inv) {
            return "LoopInvariant[loop " + inv.loopId() + "]";
        } else if (node instanceof Threshold t) {
            return "Threshold[" + t.count().print() + "]";
        } else if (node instanceof ApplyVertex a) {
            return a.label();
        } else if (node instanceof Output o) {
            return "Output[" + o.name() + o.destination().map(d -> " to " + ExprPrinter.quote(d)).orElse("") + "]";
        }
        throw new IllegalStateException("unknown plan node " + node.getClass());
    }

    private static String join(List<?> items) {
        return items.stream().map(Object::toString).collect(Collectors.joining(", "));
    }

    private static String keys(List<Expr> left, List<Expr> right) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < left.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(left.get(i).print()).append(" = ").append(right.get(i).print());
        }
        return sb.toString();
    }
}
