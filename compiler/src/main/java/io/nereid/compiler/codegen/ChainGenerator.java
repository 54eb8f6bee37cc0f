package io.nereid.compiler.codegen;

import com.palantir.javapoet.CodeBlock;
import io.nereid.compiler.physical.ChainOp;
import io.nereid.compiler.types.ScalarType;
import io.nereid.compiler.types.TableFunction;
import java.util.ArrayList;
import java.util.List;

/**
 * Emits a stage's fused chain as nested blocks inside the loop over its entry's rows: a filter
 * is an {@code if}, a projection computes locals, a select-many is an inner loop; the innermost
 * block hands the final row to a {@link RowSink}. No call per operator, no boxing.
 */
final class ChainGenerator {
    /** Consumes a row (one code block per column) at the innermost point of the chain. */
    interface RowSink {
        void emit(CodeBlock.Builder code, List<CodeBlock> row);
    }

    private final ExprGenerator exprs;
    private final Locals locals;

    ChainGenerator(ExprGenerator exprs, Locals locals) {
        this.exprs = exprs;
        this.locals = locals;
    }

    void generate(CodeBlock.Builder code, List<ChainOp> chain, List<ScalarType> types, List<CodeBlock> row,
            RowSink sink) {
        step(code, chain, 0, types, row, sink);
    }

    private void step(CodeBlock.Builder code, List<ChainOp> chain, int index, List<ScalarType> types,
            List<CodeBlock> row, RowSink sink) {
        if (index == chain.size()) {
            sink.emit(code, row);
            return;
        }
        ChainOp op = chain.get(index);
        List<ScalarType> next = op.output(types);
        if (op instanceof ChainOp.FilterOp f) {
            code.beginControlFlow("if ($L)", exprs.generate(f.condition(), row));
            step(code, chain, index + 1, next, row, sink);
            code.endControlFlow();
        } else if (op instanceof ChainOp.ProjectOp p) {
            List<CodeBlock> out = new ArrayList<>();
            for (int i = 0; i < p.columns().size(); i++) {
                String name = locals.next("p");
                code.addStatement("final $T $L = $L", JavaTypes.of(next.get(i)), name,
                        exprs.generate(p.columns().get(i), row));
                out.add(CodeBlock.of("$L", name));
            }
            step(code, chain, index + 1, next, out, sink);
        } else if (op instanceof ChainOp.FlatMapOp f) {
            List<CodeBlock> out = new ArrayList<>(row);
            String v = locals.next("w");
            if (f.function() == TableFunction.SPLIT) {
                String s = locals.next("s");
                String sep = locals.next("sep");
                String from = locals.next("from");
                String to = locals.next("to");
                code.addStatement("final String $L = $L", s, exprs.generate(f.arguments().get(0), row));
                code.addStatement("final String $L = $L", sep, exprs.generate(f.arguments().get(1), row));
                code.beginControlFlow("for (int $L = 0; $L <= $L.length(); )", from, from, s);
                code.addStatement("final int $L = $T.splitEnd($L, $L, $L)", to, RuntimeNames.FUNCTIONS, s, sep, from);
                code.addStatement("final String $L = $L.substring($L, $L)", v, s, from, to);
                code.addStatement("$L = $L + $T.splitStep($L)", from, to, RuntimeNames.FUNCTIONS, sep);
            } else {
                String end = locals.next("end");
                code.beginControlFlow("for (long $L = $L, $L = $L; $L < $L; $L++)", v,
                        exprs.generate(f.arguments().get(0), row), end, exprs.generate(f.arguments().get(1), row),
                        v, end, v);
            }
            out.add(CodeBlock.of("$L", v));
            step(code, chain, index + 1, next, out, sink);
            code.endControlFlow();
        } else {
            throw new IllegalStateException("unknown chain op " + op);
        }
    }

    /** Fresh local variable names within one generated method. */
    static final class Locals {
        private int counter;

        String next(String prefix) {
            return prefix + counter++;
        }
    }
}
