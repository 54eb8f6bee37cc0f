package io.nereid.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.nereid.compiler.physical.RecordType;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Distinct per time: a set of the rows seen at a time (a primitive set for one integral column);
 * a row runs through the chain the first time it is seen. The set is dropped when the time
 * completes.
 */
final class DistinctCode extends EntryCode {
    DistinctCode(StageGenerator g) {
        super(g);
    }

    @Override
    void generate(MethodSpec.Builder ctor) {
        RecordType in = g.inputType(0);
        KeyCode key = new KeyCode(g.self.nestedClass("RowKey"), in.columns());
        key.keyRecordSpec().ifPresent(g.type::addType);
        ClassName state = g.self.nestedClass("State");
        g.type.addType(TypeSpec.classBuilder(state).addModifiers(Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The rows seen at one time.\n")
                .addField(FieldSpec.builder(key.set(), "seen", Modifier.FINAL).initializer("new $T()", key.set()).build())
                .build());
        TypeName perTime = ParameterizedTypeName.get(RuntimeNames.PER_TIME, state);
        g.type.addField(FieldSpec.builder(perTime, "state", Modifier.PRIVATE, Modifier.FINAL).build());
        ctor.addStatement("this.state = new $T<>(ctx, $T::new)", RuntimeNames.PER_TIME, state);

        CodeBlock.Builder code = CodeBlock.builder();
        code.addStatement("final $T s = state.get(time)", state);
        g.begin(code);
        code.addStatement("final $T in = ($T) batch", g.batch(in), g.batch(in));
        loop(code, "in", "i");
        List<CodeBlock> row = StageGenerator.columns("in", "i", in, null);
        code.beginControlFlow("if (s.seen.add($L))", key.key(row));
        g.chain(code, new ChainGenerator.Locals(), row);
        code.endControlFlow();
        code.endControlFlow();
        g.finish(code);
        g.type.addMethod(onRecv().addCode(code.build()).build());
        g.addNotify(CodeBlock.of("state.remove(time);\n"));
    }
}
