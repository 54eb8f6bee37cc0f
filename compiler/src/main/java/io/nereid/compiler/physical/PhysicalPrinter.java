package io.nereid.compiler.physical;

import io.nereid.compiler.plan.AggregateCall;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.plan.expr.Literal;
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
            if (s.scope() != Stage.ROOT) {
                out.append(" [loop ").append(s.scope()).append(']');
            }
            for (int i = 0; i < s.inputs().size(); i++) {
                StageInput in = s.inputs().get(i);
                out.append(i == 0 ? " <- " : ", ").append("stage ").append(in.source())
                        .append(in.port() == 0 ? "" : "." + in.port())
                        .append(in.broadcast() ? " broadcast"
                                : in.exchangeKeys().map(k -> " exchange " + exprs(k)).orElse(" pipeline"));
            }
            out.append('\n');
            for (ChainOp op : s.chain()) {
                out.append("  ").append(op(op)).append('\n');
            }
            s.combiner().ifPresent(c -> out.append("  combine by ").append(exprs(c.keys()))
                    .append(aggregates(c.aggregates())).append('\n'));
            s.output().ifPresent(t -> out.append("  -> ").append(t).append(s.ports() > 1 ? " x" + s.ports() : "")
                    .append('\n'));
        }
        for (PhysicalPlan.LoopSpec l : plan.loops()) {
            out.append("loop ").append(l.loopId()).append(": head stage ").append(l.head()).append(", feedback from stage ")
                    .append(l.feedbackSource()).append(l.feedbackPort() == 0 ? "" : "." + l.feedbackPort())
                    .append(l.times().isEmpty() ? ", until fixpoint" : ", at most " + atMost(l.times().get()) + " rounds")
                    .append(l.parent() == Stage.ROOT ? "" : ", inside loop " + l.parent()).append('\n');
        }
        for (PhysicalPlan.OutputSpec o : plan.outputs()) {
            out.append("output ").append(o.name()).append(o.fieldNames()).append(" from stage ")
                    .append(o.sinkStage()).append(o.ordered() ? " (ordered)" : "").append('\n');
        }
        return out.toString();
    }

    /** A count (of rounds, of a threshold): a constant as a plain number, else the expression ({@code ?n}). */
    static String count(Expr count) {
        return count instanceof Literal l && l.value() instanceof Number n ? String.valueOf(n.longValue()) : count.print();
    }

    /** The feedback's bound on rounds of a loop of {@code times} rounds: one more. */
    private static String atMost(Expr times) {
        return times instanceof Literal l && l.value() instanceof Number n
                ? String.valueOf(Math.min(Integer.MAX_VALUE - 1, n.longValue()) + 1) : count(times) + " + 1";
    }

    private static String entry(Entry e) {
        if (e instanceof Entry.Source s) {
            return "source " + s.input();
        } else if (e instanceof Entry.Pass) {
            return "map";
        } else if (e instanceof Entry.Concat) {
            return "concat";
        } else if (e instanceof Entry.HashJoin j) {
            return (j.leftOuter() ? "left outer join " : "join ") + exprs(j.leftKeys()) + " = " + exprs(j.rightKeys())
                    + (j.invariantSide() >= 0 ? " (input " + j.invariantSide() + " invariant, indexed once)" : "");
        } else if (e instanceof Entry.AggregateMerge a) {
            return "aggregate " + (a.partialInput() ? "partials " : "") + "by " + exprs(a.keys())
                    + aggregates(a.aggregates());
        } else if (e instanceof Entry.Distinct) {
            return "distinct";
        } else if (e instanceof Entry.Sink s) {
            return "sink " + s.output();
        } else if (e instanceof Entry.LoopEnter l) {
            return "enter" + (l.invariant() ? " invariant" : "");
        } else if (e instanceof Entry.LoopLeave) {
            return "leave";
        } else if (e instanceof Entry.LoopHead h) {
            return "loop head" + (h.times().isPresent() ? " times " + count(h.times().get())
                    : " until fixpoint");
        } else if (e instanceof Entry.Membership m) {
            return m.mode().name().toLowerCase(java.util.Locale.ROOT) + " " + exprs(m.leftKeys()) + " in "
                    + exprs(m.rightKeys());
        } else if (e instanceof Entry.TopK t) {
            return "order by " + t.keys() + (t.limit().isPresent() ? " take " + t.limit().getAsLong() : "");
        } else if (e instanceof Entry.FixpointCheck) {
            return "fixpoint check";
        } else if (e instanceof Entry.FixpointDecide) {
            return "fixpoint decide";
        } else if (e instanceof Entry.RoundTick) {
            return "round tick";
        } else if (e instanceof Entry.InvariantReplay) {
            return "replay invariant every round";
        } else if (e instanceof Entry.Threshold t) {
            return "threshold " + count(t.count());
        } else if (e instanceof Entry.Custom c) {
            return "custom vertex " + c.className() + c.arguments().stream()
                    .map(io.nereid.compiler.plan.expr.ExprPrinter::literal).collect(Collectors.joining(", ", "(", ")"));
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
