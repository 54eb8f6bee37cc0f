package io.nereid.maven;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.nereid.compiler.plan.ParamDecl;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * The {@code Params} record of a program's typed API: one boxed component per param, where null
 * means "the default the program was built with", {@code defaults()}, a {@code withName(value)}
 * per param, and the map of the values set that the program's constructor takes.
 */
final class ParamsRecord {
    private final ClassName record;
    private final List<ParamDecl> params;

    ParamsRecord(ClassName record, List<ParamDecl> params) {
        this.record = Objects.requireNonNull(record, "record");
        this.params = List.copyOf(params);
    }

    /** The Java name of a param's component: its name, made legal and kept off the record's own methods. */
    static String component(String param) {
        String id = ProgramNames.identifier(param);
        return id.equals("defaults") || id.equals("values") ? id + "_" : id;
    }

    TypeSpec generate() {
        TypeSpec.Builder r = TypeSpec.recordBuilder(record).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("Values for the program's params; a null one takes the default the program was built"
                        + " with\n(see {@code PARAMS}). Start from {@link #defaults()} and set some with the {@code"
                        + " with} methods.\n");
        MethodSpec.Builder ctor = MethodSpec.constructorBuilder();
        for (ParamDecl p : params) {
            ctor.addParameter(ParameterSpec.builder(boxed(p), component(p.name())).build());
        }
        r.recordConstructor(ctor.build());
        r.addMethod(MethodSpec.methodBuilder("defaults").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("Every param at its default.\n").returns(record)
                .addStatement("return new $T($L)", record, params.stream().map(p -> CodeBlock.of("null"))
                        .collect(CodeBlock.joining(", "))).build());
        for (ParamDecl p : params) {
            String name = component(p.name());
            CodeBlock args = params.stream().map(q -> CodeBlock.of("$L", component(q.name())))
                    .collect(CodeBlock.joining(", "));
            r.addMethod(MethodSpec.methodBuilder("with" + ProgramNames.upperCamel(p.name()))
                    .addModifiers(Modifier.PUBLIC)
                    .addJavadoc("These values with param {@code $L} ($L) set to {@code $L}.\n", p.name(), p.type(), name)
                    .returns(record).addParameter(boxed(p).isBoxedPrimitive() ? boxed(p).unbox() : boxed(p), name)
                    .addStatement("return new $T($L)", record, args).build());
        }
        TypeName map = ParameterizedTypeName.get(Map.class, String.class, Object.class);
        MethodSpec.Builder values = MethodSpec.methodBuilder("values").addModifiers(Modifier.PUBLIC)
                .addJavadoc("The values set, by param name: what the program's constructor takes.\n").returns(map)
                .addStatement("final $T values = new $T<>()", map, LinkedHashMap.class);
        for (ParamDecl p : params) {
            String name = component(p.name());
            values.beginControlFlow("if ($L != null)", name).addStatement("values.put($S, $L)", p.name(), name)
                    .endControlFlow();
        }
        r.addMethod(values.addStatement("return values").build());
        return r.build();
    }

    private static TypeName boxed(ParamDecl p) {
        return switch (p.type().kind()) {
            case BOOL -> TypeName.BOOLEAN.box();
            case INT -> TypeName.INT.box();
            case LONG -> TypeName.LONG.box();
            case DOUBLE -> TypeName.DOUBLE.box();
            case STRING -> ClassName.get(String.class);
            case DATE -> ClassName.get(LocalDate.class);
            case NULL -> throw new IllegalStateException("param " + p.name() + " has the null type");
        };
    }
}
