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
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Semi-join, antijoin, intersect and except per time: the right side's keys go into a set, the
 * left rows into a batch (deduplicated for intersect and except); when the time completes each
 * left row whose key is (or is not) in the set runs through the chain.
 */
final class MembershipCode extends EntryCode {
    private final Entry.Membership entry;

    MembershipCode(StageGenerator g, Entry.Membership entry) {
        super(g);
        this.entry = entry;
    }

    @Override
    void generate(MethodSpec.Builder ctor) {
        KeyCode key = new KeyCode(g.self.nestedClass("MemberKey"), entry.leftKeys().stream().map(Expr::type).toList());
        key.keyRecordSpec().ifPresent(g.type::addType);
        RecordType left = g.inputType(0);
        RecordType right = g.inputType(1);
        ClassName leftBatch = g.batch(left);
        ClassName state = g.self.nestedClass("State");
        TypeSpec.Builder st = TypeSpec.classBuilder(state).addModifiers(Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The left rows and the right keys of one time.\n")
                .addField(FieldSpec.builder(leftBatch, "left", Modifier.FINAL).initializer("new $T()", leftBatch).build())
                .addField(FieldSpec.builder(key.set(), "right", Modifier.FINAL).initializer(key.newSet()).build());
        if (entry.distinct()) {
            st.addField(FieldSpec.builder(key.set(), "seen", Modifier.FINAL).initializer(key.newSet()).build());
        }
        g.type.addType(st.build());
        TypeName perTime = ParameterizedTypeName.get(RuntimeNames.PER_TIME, state);
        g.type.addField(FieldSpec.builder(perTime, "state", Modifier.PRIVATE, Modifier.FINAL).build());
        ctor.addStatement("this.state = new $T<>(ctx, $T::new)", RuntimeNames.PER_TIME, state);

        CodeBlock.Builder recv = CodeBlock.builder();
        recv.addStatement("final $T s = state.get(time)", state);
        recv.beginControlFlow("if (input == 0)");
        recv.addStatement("final $T in = ($T) batch", leftBatch, leftBatch);
        loop(recv, "in", "i");
        if (entry.distinct()) {
            recv.beginControlFlow("if (s.seen.add($L))", key.key(values(entry.leftKeys(), "in", "i", left)));
            recv.addStatement("s.left.addFrom(in, i)");
            recv.endControlFlow();
        } else {
            recv.addStatement("s.left.addFrom(in, i)");
        }
        recv.endControlFlow();
        recv.nextControlFlow("else");
        recv.addStatement("final $T in = ($T) batch", g.batch(right), g.batch(right));
        loop(recv, "in", "i");
        recv.addStatement("s.right.add($L)", key.key(values(entry.rightKeys(), "in", "i", right)));
        recv.endControlFlow();
        recv.endControlFlow();
        g.type.addMethod(onRecv().addCode(recv.build()).build());

        CodeBlock.Builder notify = CodeBlock.builder();
        notify.addStatement("final $T s = state.remove(time)", state);
        notify.beginControlFlow("if (s != null)");
        g.begin(notify);
        loop(notify, "s.left", "i");
        notify.beginControlFlow("if ($Ls.right.contains($L))", entry.keepsPresent() ? "" : "!",
                key.key(values(entry.leftKeys(), "s.left", "i", left)));
        g.chain(notify, new ChainGenerator.Locals(), StageGenerator.columns("s.left", "i", left, null),
                StageGenerator.nulls("s.left", "i", left));
        notify.endControlFlow();
        notify.endControlFlow();
        g.finish(notify);
        notify.endControlFlow();
        g.addNotify(notify.build());
    }

    private List<CodeBlock> values(List<Expr> keys, String batch, String index, RecordType t) {
        List<CodeBlock> row = StageGenerator.columns(batch, index, t, null);
        return keys.stream().map(k -> g.exprs.generate(k, row)).toList();
    }
}
