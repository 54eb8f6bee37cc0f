package io.nereid.compiler.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.nereid.compiler.plan.ParamDecl;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Program params in generated classes: each param a class reads is a {@code private final} field
 * ({@code param_root}, of the param's Java type, so a primitive for {@code bool int long double
 * date}), set by the constructor from an argument of the same name. Generated code reads the
 * field, never a map, so one compiled program serves every value of its params.
 */
final class ParamFields {
    private ParamFields() {
    }

    /** The field (and constructor argument) that holds param {@code name}. */
    static String field(String name) {
        return "param_" + name;
    }

    /**
     * Adds a field per param to {@code type} and returns {@code ctor} with an argument per param
     * after its own, each assigned to its field before the rest of its body runs.
     */
    static MethodSpec addTo(TypeSpec.Builder type, MethodSpec ctor, List<ParamDecl> params) {
        if (params.isEmpty()) {
            return ctor;
        }
        MethodSpec.Builder withParams = MethodSpec.constructorBuilder().addModifiers(ctor.modifiers())
                .addParameters(ctor.parameters());
        for (ParamDecl p : params) {
            String f = field(p.name());
            type.addField(FieldSpec.builder(JavaTypes.of(p.type()), f, Modifier.PRIVATE, Modifier.FINAL)
                    .addJavadoc("Param {@code $L} ($L).\n", p.name(), p.type()).build());
            withParams.addParameter(JavaTypes.of(p.type()), f);
            withParams.addStatement("this.$N = $N", f, f);
        }
        return withParams.addCode(ctor.code()).build();
    }

    /** The arguments that pass these params' fields on: {@code param_a, param_b}. */
    static CodeBlock arguments(List<ParamDecl> params) {
        return params.stream().map(p -> CodeBlock.of("$N", field(p.name()))).collect(CodeBlock.joining(", "));
    }
}
