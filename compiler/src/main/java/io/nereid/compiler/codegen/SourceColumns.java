package io.nereid.compiler.codegen;

import io.nereid.compiler.physical.ChainOp;
import io.nereid.compiler.physical.Entry;
import io.nereid.compiler.physical.PhysicalPlan;
import io.nereid.compiler.physical.Stage;
import io.nereid.compiler.physical.StageInput;
import io.nereid.compiler.plan.AggregateCall;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.plan.expr.Exprs;
import com.palantir.javapoet.CodeBlock;
import io.nereid.compiler.types.ScalarKind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Which columns of an input the program reads: the feeder of a source stage asks its row reader
 * only for those, so that a wide table ({@code lineitem} has 16 columns, TPC-H's queries read
 * at most 7) is not parsed, and its strings not allocated, for nothing.
 *
 * <p>A column counts as read unless every consumer of the source is a pipelined {@link
 * Entry.Pass} stage whose fused chain (and combiner) ignores it; the analysis walks each such
 * chain backwards from what leaves the stage (every expression the chain evaluates counts, so a
 * skipped column's default value is never looked at). Anything else (an exchange, a join, a
 * sink) reads every column.
 */
final class SourceColumns {
    private SourceColumns() {}

    /** The columns of source stage {@code source}'s rows that some consumer reads. */
    static BitSet read(PhysicalPlan plan, Stage source) {
        int width = source.output().orElseThrow().size();
        BitSet all = new BitSet();
        all.set(0, width);
        if (!source.chain().isEmpty() || source.combiner().isPresent()) {
            return all;
        }
        BitSet used = new BitSet();
        for (Stage s : plan.stages()) {
            for (StageInput in : s.inputs()) {
                if (in.source() != source.id()) {
                    continue;
                }
                if (in.isExchange() || in.port() != 0 || s.inputs().size() != 1 || !(s.entry() instanceof Entry.Pass)) {
                    return all;
                }
                used.or(readByChain(s));
            }
        }
        return used;
    }

    /** The entry-row columns that stage {@code s} (a pass over one input) reads. */
    private static BitSet readByChain(Stage s) {
        List<List<io.nereid.compiler.types.ScalarType>> rows = s.chainRows();
        BitSet needed = new BitSet();
        if (s.combiner().isPresent()) {
            List<Expr> read = new ArrayList<>(s.combiner().get().keys());
            for (AggregateCall a : s.combiner().get().aggregates()) {
                a.argument().ifPresent(read::add);
            }
            needed.or(Exprs.columns(read));
        } else {
            needed.set(0, rows.get(rows.size() - 1).size());
        }
        for (int i = s.chain().size() - 1; i >= 0; i--) {
            ChainOp op = s.chain().get(i);
            if (op instanceof ChainOp.FilterOp f) {
                needed.or(Exprs.columns(f.condition()));
            } else if (op instanceof ChainOp.ProjectOp p) {
                needed = Exprs.columns(p.columns()); // every column is computed, read downstream or not
            } else if (op instanceof ChainOp.FlatMapOp m) {
                needed.clear(rows.get(i).size()); // the element the operator appends
                needed.or(Exprs.columns(m.arguments()));
            } else {
                needed.set(0, rows.get(i).size());
            }
        }
        return needed;
    }

    /** What the feeder puts in a column nobody reads: the default of its kind. */
    static CodeBlock unread(ScalarKind kind) {
        return CodeBlock.of(kind == ScalarKind.STRING ? "null" : kind == ScalarKind.BOOL ? "false" : "0");
    }

    /** {@code r.readColumns(new boolean[] {...});} when some column is not read, else nothing. */
    static CodeBlock readColumnsCall(BitSet read, int width) {
        if (read.cardinality() == width) {
            return CodeBlock.of("");
        }
        return CodeBlock.of("r.readColumns(new boolean[] {$L});\n",
                IntStream.range(0, width).mapToObj(i -> String.valueOf(read.get(i))).collect(Collectors.joining(", ")));
    }
}
