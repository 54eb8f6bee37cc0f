package io.nereid.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.nereid.compiler.physical.Entry;
import io.nereid.compiler.physical.RecordType;
import io.nereid.compiler.plan.expr.Expr;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * A join inside a loop whose one input is loop-invariant: that input arrives once, at round 0,
 * is indexed once and probed at every round. Its batches are kept as they arrive (handed over by
 * the runtime when this stage is their only reader, else copied), and once complete they are laid
 * out grouped by key (CSR-like: a key maps to a range of rows, read sequentially). Rows of the other input
 * that arrive before the index is complete are held, per time, and probed when their time
 * completes (by then every invariant row, which is at round 0, has arrived).
 *
 * <p>The index lives for the whole run: {@code nq run} feeds a single epoch.
 */
final class InvariantJoinCode extends EntryCode {
    private final Entry.HashJoin entry;

    InvariantJoinCode(StageGenerator g, Entry.HashJoin entry) {
        super(g);
        this.entry = entry;
    }

    @Override
    void generate(MethodSpec.Builder ctor) {
        int inv = entry.invariantSide();
        int var = 1 - inv;
        KeyCode key = new KeyCode(g.self.nestedClass("JoinKey"), entry.leftKeys().stream().map(Expr::type).toList());
        key.keyRecordSpec().ifPresent(g.type::addType);
        RecordType invType = g.inputType(inv);
        RecordType varType = g.inputType(var);
        ClassName invBatch = g.batch(invType);
        ClassName varBatch = g.batch(varType);
        g.type.addField(FieldSpec.builder(RuntimeNames.VERTEX_CONTEXT, "ctx", Modifier.PRIVATE, Modifier.FINAL).build());
        g.type.addField(FieldSpec.builder(invBatch, "index", Modifier.PRIVATE)
                .initializer("new $T()", invBatch).build());
        TypeName chunkList = ParameterizedTypeName.get(ClassName.get(ArrayList.class), invBatch);
        g.type.addField(FieldSpec.builder(chunkList, "chunks", Modifier.PRIVATE, Modifier.FINAL)
                .initializer("new $T()", chunkList).build());
        g.type.addField(FieldSpec.builder(KeyRangeLayout.rangesType(key), "ranges", Modifier.PRIVATE)
                .initializer(KeyRangeLayout.rangesInitializer(key)).build());
        CodeBlock slots = CodeBlock.of("");
        if (g.dense != null) {
            g.dense.addSlotFields(g.type);
            slots = g.dense.assignSlots();
        }
        List<Expr> invKeyExprs = inv == 0 ? entry.leftKeys() : entry.rightKeys();
        g.type.addMethod(MethodSpec.methodBuilder("index").addModifiers(Modifier.PRIVATE)
                .addJavadoc("Lays the invariant rows out grouped by key (CSR, by a counting sort): each key maps to a\n"
                        + "range of rows.\n")
                .addCode(KeyRangeLayout.layoutChunks(key, invBatch, invType, "chunks",
                        ch -> key.key(values(invKeyExprs, ch, "r", invType)), "index", "ranges"))
                .addCode(slots)
                .build());
        g.type.addField(FieldSpec.builder(boolean.class, "complete", Modifier.PRIVATE).build());
        // held rows per time, the last time cached (PerTime): a round's rows come in many batches
        TypeName pending = ParameterizedTypeName.get(RuntimeNames.PER_TIME, varBatch);
        g.type.addField(FieldSpec.builder(pending, "pending", Modifier.PRIVATE, Modifier.FINAL).build());
        ctor.addStatement("this.ctx = ctx");
        ctor.addStatement("this.pending = new $T<>(ctx, $T::new)", RuntimeNames.PER_TIME, varBatch);
        boolean outer = entry.leftOuter();
        boolean trackInvariant = outer && inv == 0;
        if (trackInvariant) {
            TypeName matched = ParameterizedTypeName.get(ClassName.get(HashMap.class), RuntimeNames.TIMESTAMP,
                    ClassName.get(BitSet.class));
            g.type.addField(FieldSpec.builder(matched, "matched", Modifier.PRIVATE, Modifier.FINAL)
                    .initializer("new $T()", matched).build());
        }

        List<Expr> varKeys = inv == 0 ? entry.rightKeys() : entry.leftKeys();

        CodeBlock.Builder recv = CodeBlock.builder();
        recv.beginControlFlow("if (input == $L)", inv);
        recv.addStatement("final $T in = ($T) batch", invBatch, invBatch);
        // the batches as sent, when this stage is their only reader: no copy until the layout
        recv.add(keepOrCopy(invBatch, "chunks"));
        recv.addStatement("ctx.notifyAt(time)");
        recv.addStatement("return");
        recv.endControlFlow();
        recv.addStatement("final $T in = ($T) batch", varBatch, varBatch);
        recv.beginControlFlow("if (!complete)");
        recv.addStatement("pending.get(time).addAll(in)");
        recv.addStatement("return");
        recv.endControlFlow();
        recv.addStatement("probe(time, in)");
        g.type.addMethod(onRecv().addCode(recv.build()).build());

        CodeBlock.Builder notify = CodeBlock.builder()
                .beginControlFlow("if (!complete)")
                .addStatement("index()")
                .addStatement("complete = true")
                .endControlFlow()
                .addStatement("final $T held = pending.remove(time)", varBatch)
                .beginControlFlow("if (held != null)")
                .addStatement("probe(time, held)")
                .endControlFlow();
        if (trackInvariant) {
            // Every round of the loop's body must emit the invariant rows that found no match, even
            // a round in which no varying row reached this worker: ask for the next round's turn.
            CodeBlock rounds = LoopRounds.rounds(g.exprs, g.plan.loop(g.stage.scope()));
            CodeBlock.Builder unmatched = CodeBlock.builder();
            unmatched.addStatement("final $T bits = matched.remove(time)", BitSet.class);
            g.begin(unmatched);
            unmatched.beginControlFlow("for (int m = bits == null ? 0 : bits.nextClearBit(0); m < index.size; "
                    + "m = bits == null ? m + 1 : bits.nextClearBit(m + 1))");
            g.chain(unmatched, new ChainGenerator.Locals(),
                    StageGenerator.nullRight(StageGenerator.columns("index", "m", invType, null), varType),
                    StageGenerator.nullRightFlags(StageGenerator.nulls("index", "m", invType), invType.size(), varType));
            unmatched.endControlFlow();
            g.finish(unmatched);
            unmatched.beginControlFlow("if (time.inner() + 1 < $L)", rounds)
                    .addStatement("ctx.notifyAt(time.increment())").endControlFlow();
            notify.add(unmatched.build());
        }
        g.addNotify(notify.build());

        CodeBlock.Builder probe = CodeBlock.builder();
        g.begin(probe);
        if (trackInvariant) {
            probe.addStatement("$T bits = matched.get(time)", BitSet.class);
            probe.beginControlFlow("if (bits == null)").addStatement("bits = new $T()", BitSet.class)
                    .addStatement("matched.put(time, bits)").endControlFlow();
        }
        // the columns in locals: the loop below calls out (a list add, a send), after which the JIT
        // would load each array from its batch again for every matched row
        probe.addStatement("final $T rangesL = ranges", KeyRangeLayout.rangesType(key));
        hoist(probe, "index", "ix", invType);
        hoist(probe, "in", "iv", varType);
        if (g.dense != null) {
            g.dense.hoist(probe);
        }
        loop(probe, "in", "i");
        probe.addStatement("final $T key = $L", key.keyType(), key.key(values(varKeys, "in", "i", varType)));
        if (outer && inv == 1) {
            probe.addStatement("boolean hit = false");
        }
        probe.addStatement("final long range = $L", KeyRangeLayout.lookup(key, "rangesL", "key"));
        probe.beginControlFlow("for (int m = range < 0 ? 0 : (int) (range >>> 32), end = range < 0 ? 0 : m + (int) range;"
                + " m < end; m++)");
        if (trackInvariant) {
            probe.addStatement("bits.set(m)");
        } else if (outer) {
            probe.addStatement("hit = true");
        }
        List<CodeBlock> joined = new ArrayList<>();
        List<CodeBlock> varRow = hoisted("iv", "i", varType);
        List<CodeBlock> invRow = hoisted("ix", "m", invType);
        joined.addAll(inv == 0 ? invRow : varRow);
        joined.addAll(inv == 0 ? varRow : invRow);
        ChainGenerator.Locals locals = new ChainGenerator.Locals();
        List<CodeBlock> varNulls = hoistedNulls("iv", "i", varType);
        List<CodeBlock> invNulls = hoistedNulls("ix", "m", invType);
        g.chain(probe, locals, joined, inv == 0
                ? StageGenerator.concatNulls(invNulls, invType.size(), varNulls, varType.size())
                : StageGenerator.concatNulls(varNulls, varType.size(), invNulls, invType.size()));
        probe.endControlFlow();
        if (outer && inv == 1) {
            probe.beginControlFlow("if (!hit)");
            g.chain(probe, locals, StageGenerator.nullRight(varRow, invType),
                    StageGenerator.nullRightFlags(varNulls, varType.size(), invType));
            probe.endControlFlow();
        }
        probe.endControlFlow();
        g.finish(probe);
        g.type.addMethod(MethodSpec.methodBuilder("probe").addModifiers(Modifier.PRIVATE)
                .addJavadoc("Joins rows of the varying input with the index and sends the results at {@code time}.\n")
                .addParameter(RuntimeNames.TIMESTAMP, "time").addParameter(varBatch, "in")
                .addCode(probe.build()).build());
    }

    /** Declares a local per column array (and null-flag array) of {@code batch}: {@code prefixC0}, {@code prefixN0}. */
    private static void hoist(CodeBlock.Builder code, String batch, String prefix, RecordType t) {
        for (int c = 0; c < t.size(); c++) {
            code.addStatement("final $T $LC$L = $L.c$L", JavaTypes.arrayOf(t.column(c)), prefix, c, batch, c);
            if (t.column(c).nullable()) {
                code.addStatement("final boolean[] $LN$L = $L.n$L", prefix, c, batch, c);
            }
        }
    }

    private static List<CodeBlock> hoisted(String prefix, String index, RecordType t) {
        List<CodeBlock> row = new ArrayList<>();
        for (int c = 0; c < t.size(); c++) {
            row.add(CodeBlock.of("$LC$L[$L]", prefix, c, index));
        }
        return row;
    }

    /** The null flags of a hoisted row; null when no column is nullable. */
    private static List<CodeBlock> hoistedNulls(String prefix, String index, RecordType t) {
        if (t.columns().stream().noneMatch(io.nereid.compiler.types.ScalarType::nullable)) {
            return null;
        }
        List<CodeBlock> flags = new ArrayList<>();
        for (int c = 0; c < t.size(); c++) {
            flags.add(t.column(c).nullable() ? CodeBlock.of("$LN$L[$L]", prefix, c, index) : null);
        }
        return flags;
    }

    private List<CodeBlock> values(List<Expr> keys, String batch, String index, RecordType t) {
        List<CodeBlock> row = StageGenerator.columns(batch, index, t, null);
        return keys.stream().map(k -> g.exprs.generate(k, row)).toList();
    }
}
