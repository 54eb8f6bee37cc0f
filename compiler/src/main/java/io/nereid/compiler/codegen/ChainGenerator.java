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
 * block hands the final row to a {@link RowSink}. No call per operator, no boxing. Values that
 * may be null travel as a value (the type's default when null) and a boolean flag.
 */
final class ChainGenerator {
    /** Consumes a row (one code block per column) at the innermost point of the chain. */
    interface RowSink {
        /** {@code nulls}: per column a null flag expression (null entries, or a null list, for non-null columns). */
        void emit(CodeBlock.Builder code, List<CodeBlock> row, List<CodeBlock> nulls);
    }

    private final ExprGenerator exprs;
    private final Locals locals;

    ChainGenerator(ExprGenerator exprs, Locals locals) {
        this.exprs = exprs;
        this.locals = locals;
    }

    void generate(CodeBlock.Builder code, List<ChainOp> chain, List<ScalarType> types, List<CodeBlock> row,
            RowSink sink) {
        generate(code, chain, types, row, null, sink);
    }

    /**
     * As {@link #generate(CodeBlock.Builder, List, List, List, RowSink)}, for an entry row with
     * nullable columns: {@code nulls} holds per column a boolean expression (null entries for
     * columns that cannot be null). Rows reaching the sink have no null values.
     */
    void generate(CodeBlock.Builder code, List<ChainOp> chain, List<ScalarType> types, List<CodeBlock> row,
            List<CodeBlock> nulls, RowSink sink) {
        step(code, chain, 0, types, row, nulls, sink);
    }

    private void step(CodeBlock.Builder code, List<ChainOp> chain, int index, List<ScalarType> types,
            List<CodeBlock> row, List<CodeBlock> nulls, RowSink sink) {
        if (index == chain.size()) {
            sink.emit(code, row, nulls);
            return;
        }
        ChainOp op = chain.get(index);
        List<ScalarType> next = op.output(types);
        if (op instanceof ChainOp.FilterOp f) {
            code.beginControlFlow("if ($L)", exprs.generate(f.condition(), row, nulls)); // a null condition is false
            step(code, chain, index + 1, next, row, nulls, sink);
            code.endControlFlow();
        } else if (op instanceof ChainOp.ProjectOp p) {
            List<CodeBlock> out = new ArrayList<>();
            List<CodeBlock> outNulls = new ArrayList<>();
            boolean anyNull = false;
            for (int i = 0; i < p.columns().size(); i++) {
                String name = locals.next("p");
                CodeBlock isNull = exprs.nullOf(p.columns().get(i), row, nulls);
                if (isNull != null) {
                    code.addStatement("final boolean $Lnull = $L", name, isNull);
                    outNulls.add(CodeBlock.of("$Lnull", name));
                    anyNull = true;
                } else {
                    outNulls.add(null);
                }
                code.addStatement("final $T $L = $L", JavaTypes.of(next.get(i)), name,
                        exprs.generate(p.columns().get(i), row, nulls));
                out.add(CodeBlock.of("$L", name));
            }
            step(code, chain, index + 1, next, out, anyNull ? outNulls : null, sink);
        } else if (op instanceof ChainOp.FlatMapOp f) {
            CodeBlock argsNull = null;
            for (var a : f.arguments()) {
                CodeBlock n = exprs.nullOf(a, row, nulls);
                argsNull = argsNull == null ? n : n == null ? argsNull : CodeBlock.of("$L || $L", argsNull, n);
            }
            if (argsNull != null) {
                code.beginControlFlow("if (!($L))", argsNull); // a table function of null yields nothing
            }
            List<CodeBlock> out = new ArrayList<>(row);
            List<CodeBlock> outNulls = nulls == null ? null : new ArrayList<>(nulls);
            if (outNulls != null) {
                outNulls.add(null);
            }
            String v = locals.next("w");
            if (f.function() == TableFunction.SPLIT) {
                String s = locals.next("s");
                String sep = locals.next("sep");
                String from = locals.next("from");
                String to = locals.next("to");
                code.addStatement("final String $L = $L", s, exprs.generate(f.arguments().get(0), row, nulls));
                code.addStatement("final String $L = $L", sep, exprs.generate(f.arguments().get(1), row, nulls));
                code.beginControlFlow("for (int $L = 0; $L <= $L.length(); )", from, from, s);
                code.addStatement("final int $L = $T.splitEnd($L, $L, $L)", to, RuntimeNames.FUNCTIONS, s, sep, from);
                code.addStatement("final String $L = $L.substring($L, $L)", v, s, from, to);
                code.addStatement("$L = $L + $T.splitStep($L)", from, to, RuntimeNames.FUNCTIONS, sep);
            } else {
                String end = locals.next("end");
                code.beginControlFlow("for (long $L = $L, $L = $L; $L < $L; $L++)", v,
                        exprs.generate(f.arguments().get(0), row, nulls), end, exprs.generate(f.arguments().get(1), row, nulls),
                        v, end, v);
            }
            out.add(CodeBlock.of("$L", v));
            step(code, chain, index + 1, next, out, outNulls, sink);
            code.endControlFlow();
            if (argsNull != null) {
                code.endControlFlow();
            }
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
