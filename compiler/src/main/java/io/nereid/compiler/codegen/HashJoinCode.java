package io.nereid.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.nereid.compiler.physical.Entry;
import io.nereid.compiler.physical.RecordType;
import io.nereid.compiler.plan.expr.Expr;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * A hash join per time, built when the time completes: both sides' batches are kept as they
 * arrive (handed over by the runtime when this stage is their only reader, else copied); at
 * {@code onNotify(t)} the smaller
 * side is indexed (a key map to its last row, an array by key offset for compact long keys, plus
 * a next-row array) and the larger side probes
 * it in one sequential pass. Against a symmetric hash join this indexes only the smaller side (an
 * edge list joined with per-node degrees indexes the nodes, not the edges) and never chases
 * chains while rows still arrive; it gives up emitting a match before its time completes, which
 * every consumer of a completed time (all operators here are per time) does not notice. A left
 * outer join emits the left rows that found no match, with nulls on the right.
 */
final class HashJoinCode extends EntryCode {
    private final Entry.HashJoin entry;

    HashJoinCode(StageGenerator g, Entry.HashJoin entry) {
        super(g);
        this.entry = entry;
    }

    @Override
    void generate(MethodSpec.Builder ctor) {
        KeyCode key = new KeyCode(g.self.nestedClass("JoinKey"), entry.leftKeys().stream().map(Expr::type).toList());
        key.keyRecordSpec().ifPresent(g.type::addType);
        ClassName state = g.self.nestedClass("State");
        RecordType left = g.inputType(0);
        RecordType right = g.inputType(1);
        TypeName leftChunks = ParameterizedTypeName.get(ClassName.get(ArrayList.class), g.batch(left));
        TypeName rightChunks = ParameterizedTypeName.get(ClassName.get(ArrayList.class), g.batch(right));
        g.type.addType(TypeSpec.classBuilder(state).addModifiers(Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Both sides' rows at one time, in the batches they arrived in.\n")
                .addField(FieldSpec.builder(leftChunks, "left", Modifier.FINAL)
                        .initializer("new $T()", leftChunks).build())
                .addField(FieldSpec.builder(rightChunks, "right", Modifier.FINAL)
                        .initializer("new $T()", rightChunks).build())
                .addField(FieldSpec.builder(int.class, "leftRows").build())
                .addField(FieldSpec.builder(int.class, "rightRows").build())
                .build());
        TypeName perTime = ParameterizedTypeName.get(RuntimeNames.PER_TIME, state);
        g.type.addField(FieldSpec.builder(perTime, "state", Modifier.PRIVATE, Modifier.FINAL).build());
        ctor.addStatement("this.state = new $T<>(ctx, $T::new)", RuntimeNames.PER_TIME, state);
        g.type.addField(FieldSpec.builder(RuntimeNames.VERTEX_CONTEXT, "ctx", Modifier.PRIVATE, Modifier.FINAL).build());
        ctor.addStatement("this.ctx = ctx");

        g.type.addMethod(onRecv().addCode(CodeBlock.builder()
                .addStatement("final $T s = state.get(time)", state)
                .beginControlFlow("if (input == 0)")
                .add(keep(g.batch(left), "s.left", "s.leftRows"))
                .nextControlFlow("else")
                .add(keep(g.batch(right), "s.right", "s.rightRows"))
                .endControlFlow()
                .build()).build());

        CodeBlock.Builder join = CodeBlock.builder();
        g.begin(join);
        join.beginControlFlow("if (s.leftRows <= s.rightRows)");
        buildAndProbe(join, key, 0);
        join.nextControlFlow("else");
        buildAndProbe(join, key, 1);
        join.endControlFlow();
        g.finish(join);
        g.type.addMethod(MethodSpec.methodBuilder("join").addModifiers(Modifier.PRIVATE)
                .addJavadoc("Indexes the smaller side of a completed time and probes it with the other.\n")
                .addParameter(RuntimeNames.TIMESTAMP, "time").addParameter(state, "s")
                .addCode(join.build()).build());
        g.addNotify(CodeBlock.builder()
                .addStatement("final $T s = state.remove(time)", state)
                .beginControlFlow("if (s != null)")
                .addStatement("join(time, s)")
                .endControlFlow()
                .build());
    }

    /** Keeps a received batch of one side and counts its rows. */
    private static CodeBlock keep(ClassName batch, String chunks, String rows) {
        return CodeBlock.builder()
                .addStatement("final $T in = ($T) batch", batch, batch)
                .add(keepOrCopy(batch, chunks))
                .addStatement("$L += in.size", rows)
                .build();
    }

    /**
     * Indexes side {@code build} ({@code 0}: left), gathered into one batch, and probes it with every
     * row of the other side, read in the batches it arrived in.
     */
    private void buildAndProbe(CodeBlock.Builder code, KeyCode key, int build) {
        RecordType[] types = {g.inputType(0), g.inputType(1)};
        String[] chunks = {"s.left", "s.right"};
        String[] rowCounts = {"s.leftRows", "s.rightRows"};
        int probe = 1 - build;
        String b = "built";
        String p = "pc";
        boolean outer = entry.leftOuter();
        ClassName buildBatch = g.batch(types[build]);
        code.addStatement("final $T $L = new $T()", buildBatch, b, buildBatch);
        code.addStatement("$L.grow($L)", b, rowCounts[build]);
        code.beginControlFlow("for ($T ch : $L)", buildBatch, chunks[build]);
        code.addStatement("$L.addAll(ch)", b);
        code.endControlFlow();
        // index the build side: head maps a key to its last row, next[] chains rows of one key
        if (key.isPrimitive()) {
            // long keys: heads by offset in an array when the build side's keys are compact
            code.addStatement("long lo = Long.MAX_VALUE");
            code.addStatement("long hi = Long.MIN_VALUE");
            loop(code, b, "r");
            code.addStatement("final long key = $L", key.key(keyValues(build, b, "r")));
            code.addStatement("lo = Math.min(lo, key)");
            code.addStatement("hi = Math.max(hi, key)");
            code.endControlFlow();
            code.addStatement("final $T head = $T.forRange(lo, hi, $L.size)", RuntimeNames.LONG_ROW_HEADS,
                    RuntimeNames.LONG_ROW_HEADS, b);
            code.addStatement("final int[] next = new int[$L.size]", b);
            loop(code, b, "r");
            code.addStatement("next[r] = head.put($L, r)", key.key(keyValues(build, b, "r")));
            code.endControlFlow();
        } else {
            code.addStatement("final $T head = new $T()", key.intMap(), key.intMap());
            code.addStatement("final int[] next = new int[$L.size]", b);
            loop(code, b, "r");
            code.addStatement("final $T key = $L", key.keyType(), key.key(keyValues(build, b, "r")));
            code.addStatement("next[r] = head.getIfAbsent(key, -1)");
            code.addStatement("head.put(key, r)");
            code.endControlFlow();
        }
        boolean trackLeft = outer && build == 0;
        if (trackLeft) {
            code.addStatement("final $T matched = new $T($L.size)", BitSet.class, BitSet.class, b);
        }
        ChainGenerator.Locals locals = new ChainGenerator.Locals();
        code.beginControlFlow("for ($T $L : $L)", g.batch(types[probe]), p, chunks[probe]);
        loop(code, p, "i");
        code.addStatement("final $T key = $L", key.keyType(), key.key(keyValues(probe, p, "i")));
        if (outer && probe == 0) {
            code.addStatement("boolean hit = false");
        }
        code.beginControlFlow("for (int m = $L; m >= 0; m = next[m])",
                key.isPrimitive() ? "head.head(key)" : "head.getIfAbsent(key, -1)");
        if (trackLeft) {
            code.addStatement("matched.set(m)");
        } else if (outer) {
            code.addStatement("hit = true");
        }
        String leftBatch = build == 0 ? b : p;
        String rightBatch = build == 0 ? p : b;
        String leftRow = build == 0 ? "m" : "i";
        String rightRow = build == 0 ? "i" : "m";
        List<CodeBlock> joined = new ArrayList<>(StageGenerator.columns(leftBatch, leftRow, types[0], null));
        joined.addAll(StageGenerator.columns(rightBatch, rightRow, types[1], null));
        g.chain(code, locals, joined, StageGenerator.concatNulls(
                StageGenerator.nulls(leftBatch, leftRow, types[0]), types[0].size(),
                StageGenerator.nulls(rightBatch, rightRow, types[1]), types[1].size()));
        code.endControlFlow();
        if (outer && probe == 0) {
            code.beginControlFlow("if (!hit)");
            emitUnmatched(code, locals, p, "i");
            code.endControlFlow();
        }
        code.endControlFlow();
        code.endControlFlow();
        if (trackLeft) {
            code.beginControlFlow("for (int m = matched.nextClearBit(0); m < $L.size; "
                    + "m = matched.nextClearBit(m + 1))", b);
            emitUnmatched(code, new ChainGenerator.Locals(), b, "m");
            code.endControlFlow();
        }
    }

    /** Runs the chain on row {@code row} of the left batch {@code batch} with nulls on the right. */
    private void emitUnmatched(CodeBlock.Builder code, ChainGenerator.Locals locals, String batch, String row) {
        RecordType left = g.inputType(0);
        RecordType right = g.inputType(1);
        g.chain(code, locals, StageGenerator.nullRight(StageGenerator.columns(batch, row, left, null), right),
                StageGenerator.nullRightFlags(StageGenerator.nulls(batch, row, left), left.size(), right));
    }

    private List<CodeBlock> keyValues(int side, String batch, String index) {
        List<CodeBlock> row = StageGenerator.columns(batch, index, g.inputType(side), null);
        List<Expr> keys = side == 0 ? entry.leftKeys() : entry.rightKeys();
        return keys.stream().map(k -> g.exprs.generate(k, row)).toList();
    }
}
