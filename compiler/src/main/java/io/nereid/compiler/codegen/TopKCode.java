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
import io.nereid.compiler.plan.SortKey;
import java.util.Arrays;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Order-by (and take) per time: rows are gathered in a batch; when the time completes, row
 * indexes are sorted by the keys, and the first rows (up to the limit) run through the chain in
 * order.
 */
final class TopKCode extends EntryCode {
    private final Entry.TopK entry;

    TopKCode(StageGenerator g, Entry.TopK entry) {
        super(g);
        this.entry = entry;
    }

    @Override
    void generate(MethodSpec.Builder ctor) {
        RecordType in = g.inputType(0);
        ClassName rows = g.batch(in);
        ClassName state = g.self.nestedClass("State");
        g.type.addType(TypeSpec.classBuilder(state).addModifiers(Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The rows of one time.\n")
                .addField(FieldSpec.builder(rows, "rows", Modifier.FINAL).initializer("new $T()", rows).build())
                .build());
        TypeName perTime = ParameterizedTypeName.get(RuntimeNames.PER_TIME, state);
        g.type.addField(FieldSpec.builder(perTime, "state", Modifier.PRIVATE, Modifier.FINAL).build());
        ctor.addStatement("this.state = new $T<>(ctx, $T::new)", RuntimeNames.PER_TIME, state);
        g.type.addMethod(onRecv()
                .addStatement("state.get(time).rows.addAll(($T) batch)", rows).build());

        CodeBlock.Builder compare = CodeBlock.builder();
        compare.addStatement("int c");
        List<CodeBlock> a = StageGenerator.columns("r", "x", in, null);
        List<CodeBlock> b = StageGenerator.columns("r", "y", in, null);
        for (SortKey k : entry.keys()) {
            CodeBlock ka = g.exprs.generate(k.expr(), a);
            CodeBlock kb = g.exprs.generate(k.expr(), b);
            CodeBlock first = k.descending() ? kb : ka;
            CodeBlock second = k.descending() ? ka : kb;
            CodeBlock cmp = switch (k.expr().type().kind()) {
                case STRING -> CodeBlock.of("$L.compareTo($L)", first, second);
                case DOUBLE -> CodeBlock.of("$T.compare($L, $L)", Double.class, first, second);
                case BOOL -> CodeBlock.of("$T.compare($L, $L)", Boolean.class, first, second);
                case INT, DATE -> CodeBlock.of("$T.compare($L, $L)", Integer.class, first, second);
                default -> CodeBlock.of("$T.compare($L, $L)", Long.class, first, second);
            };
            compare.addStatement("c = $L", cmp);
            compare.beginControlFlow("if (c != 0)").addStatement("return c").endControlFlow();
        }
        compare.addStatement("return 0");

        CodeBlock.Builder notify = CodeBlock.builder();
        notify.addStatement("final $T s = state.remove(time)", state);
        notify.beginControlFlow("if (s != null)");
        notify.addStatement("final $T r = s.rows", rows);
        notify.addStatement("final Integer[] order = new Integer[r.size]");
        notify.beginControlFlow("for (int i = 0; i < order.length; i++)").addStatement("order[i] = i").endControlFlow();
        notify.add("$T.sort(order, (x, y) -> {\n$>$L$<});\n", Arrays.class, compare.build());
        notify.addStatement("final int n = (int) Math.min(order.length, $LL)",
                entry.limit().isPresent() ? entry.limit().getAsLong() : Integer.MAX_VALUE);
        g.begin(notify);
        notify.beginControlFlow("for (int j = 0; j < n; j++)");
        notify.addStatement("final int i = order[j]");
        g.chain(notify, new ChainGenerator.Locals(), StageGenerator.columns("r", "i", in, null),
                StageGenerator.nulls("r", "i", in));
        notify.endControlFlow();
        g.finish(notify);
        notify.endControlFlow();
        g.addNotify(notify.build());
    }
}
