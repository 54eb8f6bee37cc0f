package io.nereid.compiler.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import javax.lang.model.element.Modifier;

/**
 * Distinct per time: a set of the rows seen at a time (a primitive set for one integral column);
 * a row runs through the chain the first time it is seen. The set is dropped when the time
 * completes.
 */
final class DistinctCode extends RowGateCode {
    DistinctCode(StageGenerator g) {
        super(g);
    }

    @Override
    String stateDoc() {
        return "The rows seen at one time.\n";
    }

    @Override
    FieldSpec stateField(KeyCode key) {
        return FieldSpec.builder(key.set(), "seen", Modifier.FINAL).initializer(key.newSet()).build();
    }

    @Override
    CodeBlock update(CodeBlock key) {
        return CodeBlock.of("s.seen.add($L)", key);
    }
}
