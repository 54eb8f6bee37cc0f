package io.nereid.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.nereid.compiler.physical.Entry;
import io.nereid.compiler.physical.LoopNesting;
import io.nereid.compiler.physical.RecordType;
import io.nereid.compiler.plan.expr.Expr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * A join inside a nested loop whose invariant input was computed in an enclosing loop (it reads
 * that loop's variable): the input is complete once per round of the enclosing loop, so it is
 * indexed once per such round and probed at every round of the inner loop within it.
 *
 * <p>The index of a round is keyed by the time without the inner counters, {@code (e, k_outer)}.
 * It is laid out grouped by key (CSR-like) once the round's invariant rows are complete (their
 * time, {@code (e, k_outer, 0)}, is complete). Varying rows arriving before that are held per
 * time and probed when their time completes. When the index is created, the vertex asks for a
 * notification at the round's last possible time, {@code (e, k_outer, END)}: it comes once no
 * record of that round can arrive any more, and drops the index.
 */
final class RoundInvariantJoinCode extends EntryCode {
    /** The inner counter of the notification that drops a round's index: above any real round. */
    static final int END = 1 << 30;

    private final Entry.HashJoin entry;
    private final int levels;

    RoundInvariantJoinCode(StageGenerator g, Entry.HashJoin entry) {
        super(g);
        this.entry = entry;
        this.levels = LoopNesting.depth(g.plan, g.stage.scope())
                - LoopNesting.originDepth(g.plan, g.stage.id(), entry.invariantSide());
    }

    /** True when the join's invariant input comes from inside an enclosing loop. */
    static boolean appliesTo(StageGenerator g, Entry.HashJoin entry) {
        return LoopNesting.originDepth(g.plan, g.stage.id(), entry.invariantSide()) > 0;
    }

    @Override
    void generate(MethodSpec.Builder ctor) {
        if (entry.leftOuter() && entry.invariantSide() == 0) {
            throw new IllegalStateException("the planner replays the invariant left side of a left join");
        }
        int inv = entry.invariantSide();
        int var = 1 - inv;
        KeyCode key = new KeyCode(g.self.nestedClass("JoinKey"), entry.leftKeys().stream().map(Expr::type).toList());
        key.keyRecordSpec().ifPresent(g.type::addType);
        RecordType invType = g.inputType(inv);
        RecordType varType = g.inputType(var);
        ClassName invBatch = g.batch(invType);
        ClassName varBatch = g.batch(varType);
        ClassName index = g.self.nestedClass("Index");
        g.type.addType(indexClass(index, key, invBatch));
        g.type.addField(FieldSpec.builder(RuntimeNames.VERTEX_CONTEXT, "ctx", Modifier.PRIVATE, Modifier.FINAL).build());
        TypeName indexes = ParameterizedTypeName.get(ClassName.get(HashMap.class), RuntimeNames.TIMESTAMP, index);
        g.type.addField(FieldSpec.builder(indexes, "indexes", Modifier.PRIVATE, Modifier.FINAL)
                .initializer("new $T()", indexes).build());
        TypeName pending = ParameterizedTypeName.get(ClassName.get(HashMap.class), RuntimeNames.TIMESTAMP, varBatch);
        g.type.addField(FieldSpec.builder(pending, "pending", Modifier.PRIVATE, Modifier.FINAL)
                .initializer("new $T()", pending).build());
        ctor.addStatement("this.ctx = ctx");
        g.type.addMethod(roundMethod());
        g.type.addMethod(MethodSpec.methodBuilder("index").addModifiers(Modifier.PRIVATE).returns(index)
                .addJavadoc("The index of the enclosing round of {@code time}, created (with a notification at the"
                        + " round's end) on first use.\n")
                .addParameter(RuntimeNames.TIMESTAMP, "time")
                .addStatement("final $T round = round(time)", RuntimeNames.TIMESTAMP)
                .addStatement("$T x = indexes.get(round)", index)
                .beginControlFlow("if (x == null)")
                .addStatement("x = new $T()", index)
                .addStatement("indexes.put(round, x)")
                .addStatement("ctx.notifyAt(round$L)", ".push(" + END + ")".repeat(levels))
                .endControlFlow()
                .addStatement("return x").build());

        List<Expr> invKeys = inv == 0 ? entry.leftKeys() : entry.rightKeys();
        List<Expr> varKeys = inv == 0 ? entry.rightKeys() : entry.leftKeys();

        g.type.addMethod(MethodSpec.methodBuilder("build").addModifiers(Modifier.PRIVATE)
                .addJavadoc("Lays a round's rows out grouped by key (CSR, by a counting sort).\n")
                .addParameter(index, "x")
                .addCode(KeyRangeLayout.layoutChunks(key, invBatch, invType, "x.chunks",
                        ch -> key.key(values(invKeys, ch, "r", invType)), "x.rows", "x.ranges"))
                .addStatement("x.complete = true")
                .build());

        CodeBlock.Builder recv = CodeBlock.builder();
        recv.beginControlFlow("if (input == $L)", inv);
        recv.addStatement("final $T x = index(time)", index);
        recv.addStatement("final $T in = ($T) batch", invBatch, invBatch);
        recv.add(keepOrCopy(invBatch, "x.chunks"));
        recv.addStatement("ctx.notifyAt(time)");
        recv.addStatement("return");
        recv.endControlFlow();
        recv.addStatement("final $T in = ($T) batch", varBatch, varBatch);
        recv.addStatement("final $T x = index(time)", index);
        recv.beginControlFlow("if (!x.complete)");
        recv.addStatement("$T held = pending.get(time)", varBatch);
        recv.beginControlFlow("if (held == null)");
        recv.addStatement("held = new $T()", varBatch);
        recv.addStatement("pending.put(time, held)");
        recv.addStatement("ctx.notifyAt(time)");
        recv.endControlFlow();
        recv.addStatement("held.addAll(in)");
        recv.addStatement("return");
        recv.endControlFlow();
        recv.addStatement("probe(time, x, in)");
        g.type.addMethod(onRecv().addCode(recv.build()).build());

        g.addNotify(CodeBlock.builder()
                .beginControlFlow("if (time.inner() == $L)", END)
                .addStatement("indexes.remove(round(time))")
                .nextControlFlow("else")
                .addStatement("final $T x = index(time)", index)
                .beginControlFlow("if (!x.complete)")
                .addStatement("build(x)")
                .endControlFlow()
                .addStatement("final $T held = pending.remove(time)", varBatch)
                .beginControlFlow("if (held != null)")
                .addStatement("probe(time, x, held)")
                .endControlFlow()
                .endControlFlow().build());

        CodeBlock.Builder probe = CodeBlock.builder();
        g.begin(probe);
        loop(probe, "in", "i");
        probe.addStatement("final $T key = $L", key.keyType(), key.key(values(varKeys, "in", "i", varType)));
        boolean outer = entry.leftOuter();
        if (outer) {
            probe.addStatement("boolean hit = false");
        }
        probe.addStatement("final long range = $L", KeyRangeLayout.lookup(key, "x.ranges", "key"));
        probe.beginControlFlow("for (int m = range < 0 ? 0 : (int) (range >>> 32), end = range < 0 ? 0 : m + (int) range;"
                + " m < end; m++)");
        if (outer) {
            probe.addStatement("hit = true");
        }
        List<CodeBlock> varRow = StageGenerator.columns("in", "i", varType, null);
        List<CodeBlock> invRow = StageGenerator.columns("rows", "m", invType, null);
        List<CodeBlock> joined = new ArrayList<>();
        joined.addAll(inv == 0 ? invRow : varRow);
        joined.addAll(inv == 0 ? varRow : invRow);
        ChainGenerator.Locals locals = new ChainGenerator.Locals();
        List<CodeBlock> varNulls = StageGenerator.nulls("in", "i", varType);
        List<CodeBlock> invNulls = StageGenerator.nulls("rows", "m", invType);
        g.chain(probe, locals, joined, inv == 0
                ? StageGenerator.concatNulls(invNulls, invType.size(), varNulls, varType.size())
                : StageGenerator.concatNulls(varNulls, varType.size(), invNulls, invType.size()));
        probe.endControlFlow();
        if (outer) {
            probe.beginControlFlow("if (!hit)");
            g.chain(probe, locals, StageGenerator.nullRight(varRow, invType),
                    StageGenerator.nullRightFlags(StageGenerator.nulls("in", "i", varType), varType.size(), invType));
            probe.endControlFlow();
        }
        probe.endControlFlow();
        g.finish(probe);
        g.type.addMethod(MethodSpec.methodBuilder("probe").addModifiers(Modifier.PRIVATE)
                .addJavadoc("Joins rows of the varying input with the round's index and sends the results at"
                        + " {@code time}.\n")
                .addParameter(RuntimeNames.TIMESTAMP, "time").addParameter(index, "x").addParameter(varBatch, "in")
                .addStatement("final $T rows = x.rows", invBatch)
                .addCode(probe.build()).build());
    }

    /** The time without the counters of the loops inside the one the invariant input comes from. */
    private MethodSpec roundMethod() {
        return MethodSpec.methodBuilder("round").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(RuntimeNames.TIMESTAMP).addParameter(RuntimeNames.TIMESTAMP, "time")
                .addStatement("return time$L", ".pop()".repeat(levels)).build();
    }

    /** The per-round index: batches kept as they arrive, then laid out grouped by key ({@code build}). */
    private static TypeSpec indexClass(ClassName index, KeyCode key, ClassName invBatch) {
        return TypeSpec.classBuilder(index).addModifiers(Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The invariant rows of one round of the enclosing loop, in the batches they came in;"
                        + " grouped by key once complete.\n")
                .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(java.util.ArrayList.class), invBatch), "chunks", Modifier.FINAL)
                        .initializer("new $T<>()", java.util.ArrayList.class).build())
                .addField(FieldSpec.builder(invBatch, "rows").build())
                .addField(FieldSpec.builder(KeyRangeLayout.rangesType(key), "ranges")
                        .initializer(KeyRangeLayout.rangesInitializer(key)).build())
                .addField(FieldSpec.builder(boolean.class, "complete").build())
                .build();
    }

    private List<CodeBlock> values(List<Expr> keys, String batch, String index, RecordType t) {
        List<CodeBlock> row = StageGenerator.columns(batch, index, t, null);
        return keys.stream().map(k -> g.exprs.generate(k, row)).toList();
    }
}
