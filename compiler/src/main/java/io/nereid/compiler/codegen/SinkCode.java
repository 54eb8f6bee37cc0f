package io.nereid.compiler.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.Modifier;

/** An output sink: appends each row, boxed, to this worker's part of the output's collector. */
final class SinkCode extends EntryCode {
    SinkCode(StageGenerator g) {
        super(g);
    }

    @Override
    void generate(MethodSpec.Builder ctor) {
        TypeName rows = ParameterizedTypeName.get(ClassName.get(List.class), ArrayTypeName.of(ClassName.get(Object.class)));
        g.type.addField(FieldSpec.builder(rows, "rows", Modifier.PRIVATE, Modifier.FINAL).build());
        ctor.addParameter(RuntimeNames.RESULT_COLLECTOR, "collector")
                .addStatement("this.rows = collector.part(ctx.worker())");
        CodeBlock.Builder code = CodeBlock.builder();
        code.addStatement("final $T in = ($T) batch", g.batch(g.inputType(0)), g.batch(g.inputType(0)));
        loop(code, "in", "i");
        java.util.List<CodeBlock> values = new java.util.ArrayList<>(StageGenerator.columns("in", "i", g.inputType(0), null));
        for (int c = 0; c < values.size(); c++) {
            if (g.inputType(0).column(c).nullable()) {
                values.set(c, CodeBlock.of("in.n$L[i] ? null : $L", c, values.get(c)));
            }
        }
        code.addStatement("rows.add(new Object[] {$L})", CodeBlock.join(values, ", "));
        code.endControlFlow();
        g.type.addMethod(onRecv().addCode(code.build()).build());
    }
}
