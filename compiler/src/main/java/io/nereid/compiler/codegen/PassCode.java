package io.nereid.compiler.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;

/** Pass-through and concat entries: every record of every input runs through the chain. */
final class PassCode extends EntryCode {
    PassCode(StageGenerator g) {
        super(g);
    }

    @Override
    void generate(MethodSpec.Builder ctor) {
        CodeBlock.Builder code = CodeBlock.builder();
        ChainGenerator.Locals locals = new ChainGenerator.Locals();
        g.begin(code);
        int inputs = g.stage.inputs().size();
        for (int i = 0; i < inputs; i++) {
            if (inputs > 1) {
                if (i == 0) {
                    code.beginControlFlow("if (input == 0)");
                } else {
                    code.nextControlFlow("else if (input == $L)", i);
                }
            }
            String in = "in" + i;
            code.addStatement("final $T $L = ($T) batch", g.batch(g.inputType(i)), in, g.batch(g.inputType(i)));
            loop(code, in, "i");
            g.chain(code, locals, StageGenerator.columns(in, "i", g.inputType(i), g.stage.entryRow()),
                    StageGenerator.nulls(in, "i", g.inputType(i)));
            code.endControlFlow();
        }
        if (inputs > 1) {
            code.endControlFlow();
        }
        g.finish(code);
        g.type.addMethod(onRecv().addCode(code.build()).build());
    }
}
