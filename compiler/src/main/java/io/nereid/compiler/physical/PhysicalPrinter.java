package io.nereid.compiler.physical;

import io.nereid.compiler.plan.AggregateCall;
import io.nereid.compiler.plan.expr.Expr;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The canonical printout of a physical plan, the language of its golden files and of
 * {@code nq explain}: one block per stage with its entry, inputs (pipeline or exchange on keys),
 * chain operators, combiner and output record type.
 *
 * <pre>
 * stage 1 map <- stage 0 pipeline
 *   flatmap split(text#1, " ")
 *   combine by [w#2]; n := count(*)
 *   -> Batch1(string, long)
 * </pre>
 */
public final class PhysicalPrinter {
    private PhysicalPrinter() {
    }

    public static String print(PhysicalPlan plan) {
        StringBuilder out = new StringBuilder();
        for (Stage s : plan.stages()) {
            out.append("stage ").append(s.id()).append(' ').append(entry(s.entry()));
            for (int i = 0; i < s.inputs().size(); i++) {
                StageInput in = s.inputs().get(i);
                out.append(i == 0 ? " <- " : ", ").append("stage ").append(in.source())
                        .append(in.exchangeKeys().map(k -> " exchange " + exprs(k)).orElse(" pipeline"));
            }
            out.append('\n');
            for (ChainOp op : s.chain()) {
                out.append("  ").append(op(op)).append('\n');
            }
            s.combiner().ifPresent(c -> out.append("  combine by ").append(exprs(c.keys()))
                    .append(aggregates(c.aggregates())).append('\n'));
            s.output().ifPresent(t -> out.append("  -> ").append(t).append('\n'));
        }
        for (PhysicalPlan.OutputSpec o : plan.outputs()) {
            out.append("output ").append(o.name()).append(o.fieldNames()).append(" from stage ")
                    .append(o.sinkStage()).append('\n');
        }
        return out.toString();
    }

    private static String entry(Entry e) {
        if (e instanceof Entry.Source s) {
            return "source " + s.input();
        } else if (e instanceof Entry.Pass) {
            return "map";
        } else if (e instanceof Entry.Concat) {
            return "concat";
        } else if (e instanceof Entry.HashJoin j) {
            return "join " + exprs(j.leftKeys()) + " = " + exprs(j.rightKeys());
        } else if (e instanceof Entry.AggregateMerge a) {
            return "aggregate " + (a.partialInput() ? "partials " : "") + "by " + exprs(a.keys())
                    + aggregates(a.aggregates());
        } else if (e instanceof Entry.Distinct) {
            return "distinct";
        } else if (e instanceof Entry.Sink s) {
            return "sink " + s.output();
        }
        throw new IllegalStateException("unknown entry " + e);
    }

    private static String op(ChainOp op) {
        if (op instanceof ChainOp.FilterOp f) {
            return "filter " + f.condition().print();
        } else if (op instanceof ChainOp.ProjectOp p) {
            return "project " + exprs(p.columns());
        } else if (op instanceof ChainOp.FlatMapOp f) {
            return "flatmap " + f.function().nqName() + f.arguments().stream().map(Expr::print)
                    .collect(Collectors.joining(", ", "(", ")"));
        }
        throw new IllegalStateException("unknown op " + op);
    }

    private static String exprs(List<Expr> es) {
        return es.stream().map(Expr::print).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String aggregates(List<AggregateCall> calls) {
        return calls.isEmpty() ? "" : "; " + calls.stream().map(AggregateCall::toString).collect(Collectors.joining(", "));
    }
}
