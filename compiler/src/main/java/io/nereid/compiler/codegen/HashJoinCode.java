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
 * A symmetric hash join per time: each side's rows are kept in a batch of their own record type
 * with a chained hash index (key to the last row index, plus a next-row array); a row arriving on
 * one side is indexed and probed against the other, so each matching pair is emitted once, as
 * soon as both rows have arrived. The state of a time is dropped when the time completes; a left
 * outer join then emits the left rows that found no match, with nulls on the right.
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
        TypeSpec.Builder st = TypeSpec.classBuilder(state).addModifiers(Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Both sides' rows and indexes at one time.\n");
        String[] sides = {"left", "right"};
        RecordType[] types = {left, right};
        for (int s = 0; s < 2; s++) {
            st.addField(FieldSpec.builder(g.batch(types[s]), sides[s], Modifier.FINAL)
                    .initializer("new $T()", g.batch(types[s])).build());
            st.addField(FieldSpec.builder(key.intMap(), sides[s] + "Head", Modifier.FINAL)
                    .initializer("new $T()", key.intMap()).build());
            st.addField(FieldSpec.builder(RuntimeNames.INT_LIST, sides[s] + "Next", Modifier.FINAL)
                    .initializer("new $T()", RuntimeNames.INT_LIST).build());
        }
        if (entry.leftOuter()) {
            st.addField(FieldSpec.builder(BitSet.class, "leftMatched", Modifier.FINAL)
                    .initializer("new $T()", BitSet.class).build());
        }
        g.type.addType(st.build());
        TypeName perTime = ParameterizedTypeName.get(RuntimeNames.PER_TIME, state);
        g.type.addField(FieldSpec.builder(perTime, "state", Modifier.PRIVATE, Modifier.FINAL).build());
        ctor.addStatement("this.state = new $T<>(ctx, $T::new)", RuntimeNames.PER_TIME, state);

        CodeBlock.Builder code = CodeBlock.builder();
        ChainGenerator.Locals locals = new ChainGenerator.Locals();
        code.addStatement("final $T s = state.get(time)", state);
        g.begin(code);
        for (int side = 0; side < 2; side++) {
            if (side == 0) {
                code.beginControlFlow("if (input == 0)");
            } else {
                code.nextControlFlow("else");
            }
            String in = "in" + side;
            String mine = sides[side];
            String other = sides[1 - side];
            code.addStatement("final $T $L = ($T) batch", g.batch(types[side]), in, g.batch(types[side]));
            loop(code, in, "i");
            List<CodeBlock> row = StageGenerator.columns(in, "i", types[side], null);
            List<Expr> keyExprs = side == 0 ? entry.leftKeys() : entry.rightKeys();
            List<CodeBlock> keyValues = new ArrayList<>();
            for (Expr k : keyExprs) {
                keyValues.add(g.exprs.generate(k, row));
            }
            code.addStatement("final $T key = $L", key.keyType(), key.key(keyValues));
            code.addStatement("final int r = s.$L.size", mine);
            code.addStatement("s.$L.addFrom($L, i)", mine, in);
            code.addStatement("s.$LNext.add(s.$LHead.getIfAbsent(key, -1))", mine, mine);
            code.addStatement("s.$LHead.put(key, r)", mine);
            code.beginControlFlow("for (int m = s.$LHead.getIfAbsent(key, -1); m >= 0; m = s.$LNext.get(m))",
                    other, other);
            if (entry.leftOuter()) {
                code.addStatement("s.leftMatched.set($L)", side == 0 ? "r" : "m");
            }
            List<CodeBlock> joined = new ArrayList<>();
            List<CodeBlock> joinedNulls;
            if (side == 0) {
                joined.addAll(row);
                joined.addAll(StageGenerator.columns("s.right", "m", right, null));
                joinedNulls = StageGenerator.concatNulls(StageGenerator.nulls(in, "i", left), left.size(),
                        StageGenerator.nulls("s.right", "m", right), right.size());
            } else {
                joined.addAll(StageGenerator.columns("s.left", "m", left, null));
                joined.addAll(row);
                joinedNulls = StageGenerator.concatNulls(StageGenerator.nulls("s.left", "m", left), left.size(),
                        StageGenerator.nulls(in, "i", right), right.size());
            }
            g.chain(code, locals, joined, joinedNulls);
            code.endControlFlow();
            code.endControlFlow();
        }
        code.endControlFlow();
        g.finish(code);
        g.type.addMethod(onRecv().addCode(code.build()).build());
        if (!entry.leftOuter()) {
            g.addNotify(CodeBlock.of("state.remove(time);\n"));
            return;
        }
        CodeBlock.Builder notify = CodeBlock.builder();
        notify.addStatement("final $T s = state.remove(time)", state);
        notify.beginControlFlow("if (s != null)");
        g.begin(notify);
        notify.beginControlFlow("for (int m = s.leftMatched.nextClearBit(0); m < s.left.size; "
                + "m = s.leftMatched.nextClearBit(m + 1))");
        List<CodeBlock> leftRow = StageGenerator.columns("s.left", "m", left, null);
        g.chain(notify, new ChainGenerator.Locals(), StageGenerator.nullRight(leftRow, right),
                StageGenerator.nullRightFlags(StageGenerator.nulls("s.left", "m", left), left.size(), right));
        notify.endControlFlow();
        g.finish(notify);
        notify.endControlFlow();
        g.addNotify(notify.build());
    }
}
