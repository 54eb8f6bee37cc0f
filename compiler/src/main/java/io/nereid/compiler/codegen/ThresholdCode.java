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
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Threshold per time (the Threshold vertex of the Naiad framework post): a count per distinct row
 * of the time (a primitive {@code long -> long} map for one integral column, else keyed by the
 * row's value or a key record); a row runs through the chain in {@code onRecv} the moment its
 * count reaches n, so each qualifying row goes out once, as early as possible. The counts of a
 * time are dropped when it completes.
 */
final class ThresholdCode extends EntryCode {
    private final Entry.Threshold threshold;

    ThresholdCode(StageGenerator g, Entry.Threshold threshold) {
        super(g);
        this.threshold = threshold;
    }

    @Override
    void generate(MethodSpec.Builder ctor) {
        RecordType in = g.inputType(0);
        KeyCode key = new KeyCode(g.self.nestedClass("RowKey"), in.columns());
        key.keyRecordSpec().ifPresent(g.type::addType);
        ClassName state = g.self.nestedClass("State");
        g.type.addType(TypeSpec.classBuilder(state).addModifiers(Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("How often each row was seen at one time.\n")
                .addField(FieldSpec.builder(key.longMap(), "counts", Modifier.FINAL)
                        .initializer("new $T()", key.longMap()).build())
                .build());
        g.type.addField(FieldSpec.builder(long.class, "THRESHOLD", Modifier.STATIC, Modifier.FINAL)
                .initializer("$LL", threshold.count()).build());
        TypeName perTime = ParameterizedTypeName.get(RuntimeNames.PER_TIME, state);
        g.type.addField(FieldSpec.builder(perTime, "state", Modifier.PRIVATE, Modifier.FINAL).build());
        ctor.addStatement("this.state = new $T<>(ctx, $T::new)", RuntimeNames.PER_TIME, state);

        CodeBlock.Builder code = CodeBlock.builder();
        code.addStatement("final $T s = state.get(time)", state);
        g.begin(code);
        code.addStatement("final $T in = ($T) batch", g.batch(in), g.batch(in));
        loop(code, "in", "i");
        List<CodeBlock> row = StageGenerator.columns("in", "i", in, null);
        code.beginControlFlow("if (s.counts.addToValue($L, 1L) == THRESHOLD)", key.key(row));
        g.chain(code, new ChainGenerator.Locals(), row);
        code.endControlFlow();
        code.endControlFlow();
        g.finish(code);
        g.type.addMethod(onRecv().addCode(code.build()).build());
        g.addNotify(CodeBlock.of("state.remove(time);\n"));
    }
}
