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
 * A hash join per time, built when the time completes: both sides' rows are appended, unindexed,
 * to a batch of their own record type (a bulk copy per batch); at {@code onNotify(t)} the smaller
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
        g.type.addType(TypeSpec.classBuilder(state).addModifiers(Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Both sides' rows at one time, as they arrived.\n")
                .addField(FieldSpec.builder(g.batch(left), "left", Modifier.FINAL)
                        .initializer("new $T()", g.batch(left)).build())
                .addField(FieldSpec.builder(g.batch(right), "right", Modifier.FINAL)
                        .initializer("new $T()", g.batch(right)).build())
                .build());
        TypeName perTime = ParameterizedTypeName.get(RuntimeNames.PER_TIME, state);
        g.type.addField(FieldSpec.builder(perTime, "state", Modifier.PRIVATE, Modifier.FINAL).build());
        ctor.addStatement("this.state = new $T<>(ctx, $T::new)", RuntimeNames.PER_TIME, state);

        g.type.addMethod(onRecv().addCode(CodeBlock.builder()
                .addStatement("final $T s = state.get(time)", state)
                .beginControlFlow("if (input == 0)")
                .addStatement("s.left.addAll(($T) batch)", g.batch(left))
                .nextControlFlow("else")
                .addStatement("s.right.addAll(($T) batch)", g.batch(right))
                .endControlFlow()
                .build()).build());

        CodeBlock.Builder join = CodeBlock.builder();
        g.begin(join);
        join.beginControlFlow("if (s.left.size <= s.right.size)");
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

    /** Indexes side {@code build} ({@code 0}: left) and probes it with every row of the other side. */
    private void buildAndProbe(CodeBlock.Builder code, KeyCode key, int build) {
        RecordType[] types = {g.inputType(0), g.inputType(1)};
        String[] sides = {"s.left", "s.right"};
        int probe = 1 - build;
        String b = sides[build];
        String p = sides[probe];
        boolean outer = entry.leftOuter();
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
        String leftRow = build == 0 ? "m" : "i";
        String rightRow = build == 0 ? "i" : "m";
        List<CodeBlock> joined = new ArrayList<>(StageGenerator.columns("s.left", leftRow, types[0], null));
        joined.addAll(StageGenerator.columns("s.right", rightRow, types[1], null));
        g.chain(code, locals, joined, StageGenerator.concatNulls(
                StageGenerator.nulls("s.left", leftRow, types[0]), types[0].size(),
                StageGenerator.nulls("s.right", rightRow, types[1]), types[1].size()));
        code.endControlFlow();
        if (outer && probe == 0) {
            code.beginControlFlow("if (!hit)");
            emitUnmatched(code, locals, "i");
            code.endControlFlow();
        }
        code.endControlFlow();
        if (trackLeft) {
            code.beginControlFlow("for (int m = matched.nextClearBit(0); m < s.left.size; "
                    + "m = matched.nextClearBit(m + 1))");
            emitUnmatched(code, new ChainGenerator.Locals(), "m");
            code.endControlFlow();
        }
    }

    /** Runs the chain on left row {@code row} with nulls on the right. */
    private void emitUnmatched(CodeBlock.Builder code, ChainGenerator.Locals locals, String row) {
        RecordType left = g.inputType(0);
        RecordType right = g.inputType(1);
        g.chain(code, locals, StageGenerator.nullRight(StageGenerator.columns("s.left", row, left, null), right),
                StageGenerator.nullRightFlags(StageGenerator.nulls("s.left", row, left), left.size(), right));
    }

    private List<CodeBlock> keyValues(int side, String batch, String index) {
        List<CodeBlock> row = StageGenerator.columns(batch, index, g.inputType(side), null);
        List<Expr> keys = side == 0 ? entry.leftKeys() : entry.rightKeys();
        return keys.stream().map(k -> g.exprs.generate(k, row)).toList();
    }
}
