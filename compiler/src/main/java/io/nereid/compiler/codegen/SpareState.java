package io.nereid.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Reuse of a finished time's state by the next time (a loop's rounds have about the same keys):
 * a {@code spare} field, which the vertex sets once it has emitted and cleared a state, and a
 * factory method that hands it out before making a new one. Shared by the dense combiner, the
 * primitive aggregate merge and the fixpoint check.
 */
final class SpareState {
    private SpareState() {
    }

    /**
     * Adds the {@code spare} field and the factory {@code factory()} to {@code vertex}, and
     * initialises the {@code PerTime} field {@code perTime} with it; {@code fresh} makes a new state.
     */
    static void add(TypeSpec.Builder vertex, MethodSpec.Builder ctor, ClassName state, String factory,
            String perTime, CodeBlock fresh) {
        vertex.addField(FieldSpec.builder(state, "spare", Modifier.PRIVATE).build());
        vertex.addMethod(MethodSpec.methodBuilder(factory).addModifiers(Modifier.PRIVATE).returns(state)
                .addJavadoc("The state of a new time: the finished one kept for reuse, or a new one.\n")
                .addStatement("final $T s = spare", state)
                .addStatement("spare = null")
                .addStatement("return s != null ? s : $L", fresh)
                .build());
        ctor.addStatement("this.$L = new $T<>(ctx, this::$L)", perTime, RuntimeNames.PER_TIME, factory);
    }
}
