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
 * An entry that keeps, per time, one piece of state keyed by the whole row (a primitive
 * collection for one integral column, else keyed by the row's value or a key record) and runs a
 * row through the chain in {@code onRecv} when updating that state says so; the state of a time
 * is dropped when it completes. Distinct and threshold are the two gates.
 */
abstract class RowGateCode extends EntryCode {
    RowGateCode(StageGenerator g) {
        super(g);
    }

    /** The javadoc of the state class. */
    abstract String stateDoc();

    /** The state class's field, keyed by {@code key}. */
    abstract FieldSpec stateField(KeyCode key);

    /** Updates the state {@code s} with the row's key and is true when the row passes. */
    abstract CodeBlock update(CodeBlock key);

    /** Adds what the gate needs besides its state (constants, or fields the constructor sets). */
    void addFields(MethodSpec.Builder ctor) {
    }

    @Override
    final void generate(MethodSpec.Builder ctor) {
        RecordType in = g.inputType(0);
        KeyCode key = new KeyCode(g.self.nestedClass("RowKey"), in.columns());
        key.keyRecordSpec().ifPresent(g.type::addType);
        ClassName state = g.self.nestedClass("State");
        g.type.addType(TypeSpec.classBuilder(state).addModifiers(Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(stateDoc()).addField(stateField(key)).build());
        addFields(ctor);
        TypeName perTime = ParameterizedTypeName.get(RuntimeNames.PER_TIME, state);
        g.type.addField(FieldSpec.builder(perTime, "state", Modifier.PRIVATE, Modifier.FINAL).build());
        ctor.addStatement("this.state = new $T<>(ctx, $T::new)", RuntimeNames.PER_TIME, state);

        CodeBlock.Builder code = CodeBlock.builder();
        code.addStatement("final $T s = state.get(time)", state);
        g.begin(code);
        code.addStatement("final $T in = ($T) batch", g.batch(in), g.batch(in));
        loop(code, "in", "i");
        List<CodeBlock> row = StageGenerator.columns("in", "i", in, null);
        code.beginControlFlow("if ($L)", update(key.key(row)));
        g.chain(code, new ChainGenerator.Locals(), row);
        code.endControlFlow();
        code.endControlFlow();
        g.finish(code);
        g.type.addMethod(onRecv().addCode(code.build()).build());
        g.addNotify(CodeBlock.of("state.remove(time);\n"));
    }
}
